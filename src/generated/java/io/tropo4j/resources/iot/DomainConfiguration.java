// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a domain configuration.
 *
 * <p>CloudFormation type {@code AWS::IoT::DomainConfiguration}.
 */
public final class DomainConfiguration extends Resource<DomainConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::DomainConfiguration")
      .allowed("ApplicationProtocol", "SECURE_MQTT", "MQTT_WSS", "HTTPS", "DEFAULT")
      .allowed("AuthenticationType", "AWS_X509", "CUSTOM_AUTH", "AWS_SIGV4", "CUSTOM_AUTH_X509",
          "DEFAULT")
      .constrain("DomainConfigurationName", Constraint.of().pattern("^[\\w.-]+$").minLength(1).maxLength(128))
      .allowed("DomainConfigurationStatus", "ENABLED", "DISABLED")
      .constrain("DomainName", Constraint.of().pattern("^[\\s\\S]*$").minLength(1).maxLength(253))
      .constrain("ServerCertificateArns", Constraint.of().pattern("^arn:aws(-cn|-us-gov|-iso-b|-iso)?:acm:[a-z]{2}-(gov-|iso-|isob-)?[a-z]{4,9}-\\d{1}:\\d{12}:certificate/[a-zA-Z0-9/-]+$").minLength(1).maxLength(2048))
      .allowed("ServiceType", "DATA", "CREDENTIAL_PROVIDER", "JOBS")
      .constrain("ValidationCertificateArn", Constraint.of().pattern("^arn:aws(-cn|-us-gov|-iso-b|-iso)?:acm:[a-z]{2}-(gov-|iso-|isob-)?[a-z]{4,9}-\\d{1}:\\d{12}:certificate/[a-zA-Z0-9/-]+$").minLength(1).maxLength(2048))
      .refYields("DomainConfigurationName")
      .attributes("Arn", "DomainType", "ServerCertificates")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DomainConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An enumerated string that speciﬁes the application-layer protocol.
   *
   * <p>Allowed values: {@code SECURE_MQTT}, {@code MQTT_WSS}, {@code HTTPS}, {@code DEFAULT}.
   * CloudFormation property {@code ApplicationProtocol}.
   */
  public DomainConfiguration applicationProtocol(String value) {
    return set("ApplicationProtocol", Value.of(value));
  }

  /** Sets {@code ApplicationProtocol} to this value; see {@link #applicationProtocol(String)}. */
  public DomainConfiguration applicationProtocol(Value<String> value) {
    return set("ApplicationProtocol", value);
  }

  /**
   * An enumerated string that speciﬁes the authentication type.
   *
   * <p>Allowed values: {@code AWS_X509}, {@code CUSTOM_AUTH}, {@code AWS_SIGV4}, {@code
   * CUSTOM_AUTH_X509}, {@code DEFAULT}. CloudFormation property {@code AuthenticationType}.
   */
  public DomainConfiguration authenticationType(String value) {
    return set("AuthenticationType", Value.of(value));
  }

  /** Sets {@code AuthenticationType} to this value; see {@link #authenticationType(String)}. */
  public DomainConfiguration authenticationType(Value<String> value) {
    return set("AuthenticationType", value);
  }

  /**
   * An object that specifies the authorization service for a domain.
   *
   * <p>CloudFormation property {@code AuthorizerConfig}.
   */
  public DomainConfiguration authorizerConfig(Value<AuthorizerConfig> value) {
    return set("AuthorizerConfig", value);
  }

  /**
   * An object that speciﬁes the client certificate conﬁguration for a domain.
   *
   * <p>CloudFormation property {@code ClientCertificateConfig}.
   */
  public DomainConfiguration clientCertificateConfig(Value<ClientCertificateConfig> value) {
    return set("ClientCertificateConfig", value);
  }

  /**
   * The name of the domain configuration. This value must be unique to a region.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[&#92;w.-]+$}. CloudFormation property {@code DomainConfigurationName}.
   */
  public DomainConfiguration domainConfigurationName(String value) {
    return set("DomainConfigurationName", Value.of(value));
  }

  /**
   * Sets {@code DomainConfigurationName} to this value; see {@link
   * #domainConfigurationName(String)}.
   */
  public DomainConfiguration domainConfigurationName(Value<String> value) {
    return set("DomainConfigurationName", value);
  }

  /**
   * The status to which the domain configuration should be updated.
   *
   * <p>Valid values: <code>ENABLED</code> | <code>DISABLED</code>
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * DomainConfigurationStatus}.
   */
  public DomainConfiguration domainConfigurationStatus(String value) {
    return set("DomainConfigurationStatus", Value.of(value));
  }

  /**
   * Sets {@code DomainConfigurationStatus} to this value; see {@link
   * #domainConfigurationStatus(String)}.
   */
  public DomainConfiguration domainConfigurationStatus(Value<String> value) {
    return set("DomainConfigurationStatus", value);
  }

  /**
   * The name of the domain.
   *
   * <p>Changing it replaces the resource. Length: 1 to 253 characters. Pattern: {@code
   * ^[&#92;s&#92;S]*$}. CloudFormation property {@code DomainName}.
   */
  public DomainConfiguration domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public DomainConfiguration domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * The ARNs of the certificates that AWS IoT passes to the device during the TLS handshake.
   * Currently you can specify only one certificate ARN. This value is not required for AWS -managed
   * domains.
   *
   * <p>Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws(-cn|-us-gov|-iso-b|-iso)?:acm:[a-z]{2}-(gov-|iso-|isob-)?[a-z]{4,9}-&#92;d{1}:&#92;d{12}:certificate/[a-zA-Z0-9/-]+$}.
   * CloudFormation property {@code ServerCertificateArns}.
   */
  public DomainConfiguration serverCertificateArns(List<String> value) {
    return set("ServerCertificateArns", Value.listOf(value));
  }

  /** Sets {@code ServerCertificateArns} to this value; see {@link #serverCertificateArns(List)}. */
  public DomainConfiguration serverCertificateArns(Value<List<String>> value) {
    return set("ServerCertificateArns", value);
  }

  /**
   * The server certificate configuration.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com//iot/latest/developerguide/iot-custom-endpoints-configurable.html">Configurable
   * endpoints</a> from the AWS IoT Core Developer Guide.
   *
   * <p>CloudFormation property {@code ServerCertificateConfig}.
   */
  public DomainConfiguration serverCertificateConfig(Value<ServerCertificateConfig> value) {
    return set("ServerCertificateConfig", value);
  }

  /**
   * The type of service delivered by the endpoint.
   *
   * <p>AWS IoT Core currently supports only the <code>DATA</code> service type.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code DATA}, {@code
   * CREDENTIAL_PROVIDER}, {@code JOBS}. CloudFormation property {@code ServiceType}.
   */
  public DomainConfiguration serviceType(String value) {
    return set("ServiceType", Value.of(value));
  }

  /** Sets {@code ServiceType} to this value; see {@link #serviceType(String)}. */
  public DomainConfiguration serviceType(Value<String> value) {
    return set("ServiceType", value);
  }

  /**
   * Metadata which can be used to manage the domain configuration.
   *
   * <p>For URI Request parameters use format: ...key1=value1&amp;key2=value2... For the CLI
   * command-line parameter use format: &amp;&amp;tags "key1=value1&amp;key2=value2..." For the
   * cli-input-json file use format: "tags": "key1=value1&amp;key2=value2..."
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DomainConfiguration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DomainConfiguration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DomainConfiguration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * An object that specifies the TLS configuration for a domain.
   *
   * <p>CloudFormation property {@code TlsConfig}.
   */
  public DomainConfiguration tlsConfig(Value<TlsConfig> value) {
    return set("TlsConfig", value);
  }

  /**
   * The certificate used to validate the server certificate and prove domain name ownership. This
   * certificate must be signed by a public certificate authority. This value is not required for
   * AWS -managed domains.
   *
   * <p>Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws(-cn|-us-gov|-iso-b|-iso)?:acm:[a-z]{2}-(gov-|iso-|isob-)?[a-z]{4,9}-&#92;d{1}:&#92;d{12}:certificate/[a-zA-Z0-9/-]+$}.
   * CloudFormation property {@code ValidationCertificateArn}.
   */
  public DomainConfiguration validationCertificateArn(String value) {
    return set("ValidationCertificateArn", Value.of(value));
  }

  /**
   * Sets {@code ValidationCertificateArn} to this value; see {@link
   * #validationCertificateArn(String)}.
   */
  public DomainConfiguration validationCertificateArn(Value<String> value) {
    return set("ValidationCertificateArn", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the domain configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The type of service delivered by the domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainType}.
   */
  public Value<String> domainType() {
    return getAtt("DomainType");
  }

  /**
   * The ARNs of the certificates that AWS IoT passes to the device during the TLS handshake.
   * Currently you can specify only one certificate ARN. This value is not required for AWS -managed
   * domains.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServerCertificates}.
   */
  public Value<List<ServerCertificateSummary>> serverCertificates() {
    return getAtt("ServerCertificates");
  }

  /**
   * An object that specifies the authorization service for a domain.
   *
   * <p>Property type {@code AWS::IoT::DomainConfiguration.AuthorizerConfig}.
   */
  public static final class AuthorizerConfig extends Struct<AuthorizerConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::DomainConfiguration.AuthorizerConfig")
        .constrain("DefaultAuthorizerName", Constraint.of().pattern("^[\\w=,@-]+$").minLength(1).maxLength(128))
        .build();

    public AuthorizerConfig() {
      super(SCHEMA);
    }

    /**
     * A Boolean that specifies whether the domain configuration's authorization service can be
     * overridden.
     *
     * <p>CloudFormation property {@code AllowAuthorizerOverride}.
     */
    public AuthorizerConfig allowAuthorizerOverride(boolean value) {
      return set("AllowAuthorizerOverride", Value.of(value));
    }

    /**
     * Sets {@code AllowAuthorizerOverride} to this value; see {@link
     * #allowAuthorizerOverride(boolean)}.
     */
    public AuthorizerConfig allowAuthorizerOverride(Value<Boolean> value) {
      return set("AllowAuthorizerOverride", value);
    }

    /**
     * The name of the authorization service for a domain configuration.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^[&#92;w=,&#64;-]+$}. CloudFormation property
     * {@code DefaultAuthorizerName}.
     */
    public AuthorizerConfig defaultAuthorizerName(String value) {
      return set("DefaultAuthorizerName", Value.of(value));
    }

    /**
     * Sets {@code DefaultAuthorizerName} to this value; see {@link #defaultAuthorizerName(String)}.
     */
    public AuthorizerConfig defaultAuthorizerName(Value<String> value) {
      return set("DefaultAuthorizerName", value);
    }
  }

  /**
   * An object that speciﬁes the client certificate conﬁguration for a domain.
   *
   * <p>Property type {@code AWS::IoT::DomainConfiguration.ClientCertificateConfig}.
   */
  public static final class ClientCertificateConfig extends Struct<ClientCertificateConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::DomainConfiguration.ClientCertificateConfig")
        .constrain("ClientCertificateCallbackArn", Constraint.of().pattern("^[\\s\\S]*$").minLength(1).maxLength(170))
        .build();

    public ClientCertificateConfig() {
      super(SCHEMA);
    }

    /**
     * The ARN of the Lambda function that IoT invokes after mutual TLS authentication during the
     * connection.
     *
     * <p>Length: 1 to 170 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
     * {@code ClientCertificateCallbackArn}.
     */
    public ClientCertificateConfig clientCertificateCallbackArn(String value) {
      return set("ClientCertificateCallbackArn", Value.of(value));
    }

    /**
     * Sets {@code ClientCertificateCallbackArn} to this value; see {@link
     * #clientCertificateCallbackArn(String)}.
     */
    public ClientCertificateConfig clientCertificateCallbackArn(Value<String> value) {
      return set("ClientCertificateCallbackArn", value);
    }
  }

  /**
   * The server certificate configuration.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com//iot/latest/developerguide/iot-custom-endpoints-configurable.html">Configurable
   * endpoints</a> from the AWS IoT Core Developer Guide.
   *
   * <p>Property type {@code AWS::IoT::DomainConfiguration.ServerCertificateConfig}.
   */
  public static final class ServerCertificateConfig extends Struct<ServerCertificateConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::DomainConfiguration.ServerCertificateConfig")
        .constrain("OcspAuthorizedResponderArn", Constraint.of().pattern("^arn:aws(-cn|-us-gov|-iso-b|-iso)?:acm:[a-z]{2}-(gov-|iso-|isob-)?[a-z]{4,9}-\\d{1}:\\d{12}:certificate/[a-zA-Z0-9/-]+$").minLength(1).maxLength(2048))
        .constrain("OcspLambdaArn", Constraint.of().minLength(1).maxLength(170))
        .build();

    public ServerCertificateConfig() {
      super(SCHEMA);
    }

    /**
     * A Boolean value that indicates whether Online Certificate Status Protocol (OCSP) server
     * certificate check is enabled or not. For more information, see <a
     * href="https://docs.aws.amazon.com//iot/latest/developerguide/iot-custom-endpoints-configurable.html">Configurable
     * endpoints</a> from the AWS IoT Core Developer Guide.
     *
     * <p>CloudFormation property {@code EnableOCSPCheck}.
     */
    public ServerCertificateConfig enableOCSPCheck(boolean value) {
      return set("EnableOCSPCheck", Value.of(value));
    }

    /** Sets {@code EnableOCSPCheck} to this value; see {@link #enableOCSPCheck(boolean)}. */
    public ServerCertificateConfig enableOCSPCheck(Value<Boolean> value) {
      return set("EnableOCSPCheck", value);
    }

    /**
     * The Amazon Resource Name (ARN) for an X.509 certificate stored in ACM. If provided, AWS IoT
     * Core will use this certificate to validate the signature of the received OCSP response. The
     * OCSP responder must sign responses using either this authorized responder certificate or the
     * issuing certificate, depending on whether the ARN is provided or not. The certificate must be
     * in the same account and region as the domain configuration.
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code
     * ^arn:aws(-cn|-us-gov|-iso-b|-iso)?:acm:[a-z]{2}-(gov-|iso-|isob-)?[a-z]{4,9}-&#92;d{1}:&#92;d{12}:certificate/[a-zA-Z0-9/-]+$}.
     * CloudFormation property {@code OcspAuthorizedResponderArn}.
     */
    public ServerCertificateConfig ocspAuthorizedResponderArn(String value) {
      return set("OcspAuthorizedResponderArn", Value.of(value));
    }

    /**
     * Sets {@code OcspAuthorizedResponderArn} to this value; see {@link
     * #ocspAuthorizedResponderArn(String)}.
     */
    public ServerCertificateConfig ocspAuthorizedResponderArn(Value<String> value) {
      return set("OcspAuthorizedResponderArn", value);
    }

    /**
     * The Amazon Resource Name (ARN) for a Lambda function that acts as a Request for Comments
     * (RFC) 6960-compliant Online Certificate Status Protocol (OCSP) responder, supporting basic
     * OCSP responses. The Lambda function accepts a base64-encoding of the OCSP request in the
     * Distinguished Encoding Rules (DER) format. The Lambda function's response is also a
     * base64-encoded OCSP response in the DER format. The response size must not exceed 4 kilobytes
     * (KiB). The Lambda function must be in the same account and region as the domain
     * configuration.
     *
     * <p>Length: 1 to 170 characters. CloudFormation property {@code OcspLambdaArn}.
     */
    public ServerCertificateConfig ocspLambdaArn(String value) {
      return set("OcspLambdaArn", Value.of(value));
    }

    /** Sets {@code OcspLambdaArn} to this value; see {@link #ocspLambdaArn(String)}. */
    public ServerCertificateConfig ocspLambdaArn(Value<String> value) {
      return set("OcspLambdaArn", value);
    }
  }

  /**
   * An object that contains information about a server certificate.
   *
   * <p>Property type {@code AWS::IoT::DomainConfiguration.ServerCertificateSummary}.
   */
  public static final class ServerCertificateSummary extends Struct<ServerCertificateSummary> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::DomainConfiguration.ServerCertificateSummary")
        .allowed("ServerCertificateStatus", "INVALID", "VALID")
        .build();

    public ServerCertificateSummary() {
      super(SCHEMA);
    }

    /**
     * The ARN of the server certificate.
     *
     * <p>CloudFormation property {@code ServerCertificateArn}.
     */
    public ServerCertificateSummary serverCertificateArn(String value) {
      return set("ServerCertificateArn", Value.of(value));
    }

    /**
     * Sets {@code ServerCertificateArn} to this value; see {@link #serverCertificateArn(String)}.
     */
    public ServerCertificateSummary serverCertificateArn(Value<String> value) {
      return set("ServerCertificateArn", value);
    }

    /**
     * The status of the server certificate.
     *
     * <p>Allowed values: {@code INVALID}, {@code VALID}. CloudFormation property {@code
     * ServerCertificateStatus}.
     */
    public ServerCertificateSummary serverCertificateStatus(String value) {
      return set("ServerCertificateStatus", Value.of(value));
    }

    /**
     * Sets {@code ServerCertificateStatus} to this value; see {@link
     * #serverCertificateStatus(String)}.
     */
    public ServerCertificateSummary serverCertificateStatus(Value<String> value) {
      return set("ServerCertificateStatus", value);
    }

    /**
     * Details that explain the status of the server certificate.
     *
     * <p>CloudFormation property {@code ServerCertificateStatusDetail}.
     */
    public ServerCertificateSummary serverCertificateStatusDetail(String value) {
      return set("ServerCertificateStatusDetail", Value.of(value));
    }

    /**
     * Sets {@code ServerCertificateStatusDetail} to this value; see {@link
     * #serverCertificateStatusDetail(String)}.
     */
    public ServerCertificateSummary serverCertificateStatusDetail(Value<String> value) {
      return set("ServerCertificateStatusDetail", value);
    }
  }

  /**
   * An object that specifies the TLS configuration for a domain.
   *
   * <p>Property type {@code AWS::IoT::DomainConfiguration.TlsConfig}.
   */
  public static final class TlsConfig extends Struct<TlsConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::DomainConfiguration.TlsConfig")
        .constrain("SecurityPolicy", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(128))
        .build();

    public TlsConfig() {
      super(SCHEMA);
    }

    /**
     * The security policy for a domain configuration. For more information, see <a
     * href="https://docs.aws.amazon.com/iot/latest/developerguide/transport-security.html#tls-policy-table">Security
     * policies</a> in the <em>AWS IoT Core developer guide</em> .
     *
     * <p>Length: 0 to 128 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
     * {@code SecurityPolicy}.
     */
    public TlsConfig securityPolicy(String value) {
      return set("SecurityPolicy", Value.of(value));
    }

    /** Sets {@code SecurityPolicy} to this value; see {@link #securityPolicy(String)}. */
    public TlsConfig securityPolicy(Value<String> value) {
      return set("SecurityPolicy", value);
    }
  }
}
