// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pcaconnectorscep;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * Connector for SCEP is a service that links AWS Private Certificate Authority to your SCEP-enabled
 * devices. The connector brokers the exchange of certificates from AWS Private CA to your
 * SCEP-enabled devices and mobile device management systems. The connector is a complex type that
 * contains the connector's configuration settings.
 *
 * <p>CloudFormation type {@code AWS::PCAConnectorSCEP::Connector}.
 */
public final class Connector extends Resource<Connector> {
  private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorSCEP::Connector")
      .required("CertificateAuthorityArn")
      .constrain("CertificateAuthorityArn", Constraint.of().pattern("^arn:aws(-[a-z]+)*:acm-pca:[a-z]+(-[a-z]+)+-[1-9]\\d*:\\d{12}:certificate-authority\\/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$").minLength(5).maxLength(200))
      .constrain("VpcEndpointId", Constraint.of().pattern("^vpce-[0-9a-f]{8}([0-9a-f]{9})?$").minLength(5).maxLength(200))
      .refYields("ConnectorArn")
      .attributes("ConnectorArn", "Endpoint", "OpenIdConfiguration", "Type")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Connector(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the certificate authority associated with the connector.
   *
   * <p>Required. Changing it replaces the resource. Length: 5 to 200 characters. Pattern: {@code
   * ^arn:aws(-[a-z]+)*:acm-pca:[a-z]+(-[a-z]+)+-[1-9]&#92;d*:&#92;d{12}:certificate-authority&#92;/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$}.
   * CloudFormation property {@code CertificateAuthorityArn}.
   */
  public Connector certificateAuthorityArn(String value) {
    return set("CertificateAuthorityArn", Value.of(value));
  }

  /**
   * Sets {@code CertificateAuthorityArn} to this value; see {@link
   * #certificateAuthorityArn(String)}.
   */
  public Connector certificateAuthorityArn(Value<String> value) {
    return set("CertificateAuthorityArn", value);
  }

  /**
   * Contains settings relevant to the mobile device management system that you chose for the
   * connector. If you didn't configure <code>MobileDeviceManagement</code> , then the connector is
   * for general-purpose use and this object is empty.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MobileDeviceManagement}.
   */
  public Connector mobileDeviceManagement(Value<MobileDeviceManagement> value) {
    return set("MobileDeviceManagement", value);
  }

  /** CloudFormation property {@code Tags}. */
  public Connector tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Connector tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Connector tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * Changing it replaces the resource. Length: 5 to 200 characters. Pattern: {@code
   * ^vpce-[0-9a-f]{8}([0-9a-f]{9})?$}. CloudFormation property {@code VpcEndpointId}.
   */
  public Connector vpcEndpointId(String value) {
    return set("VpcEndpointId", Value.of(value));
  }

  /** Sets {@code VpcEndpointId} to this value; see {@link #vpcEndpointId(String)}. */
  public Connector vpcEndpointId(Value<String> value) {
    return set("VpcEndpointId", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the connector.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectorArn}.
   */
  public Value<String> connectorArn() {
    return getAtt("ConnectorArn");
  }

  /**
   * The connector's HTTPS public SCEP URL.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint}.
   */
  public Value<String> endpoint() {
    return getAtt("Endpoint");
  }

  /** {@code Fn::GetAtt} attribute {@code OpenIdConfiguration}. */
  public Value<OpenIdConfiguration> openIdConfiguration() {
    return getAtt("OpenIdConfiguration");
  }

  /**
   * The connector type.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Type}.
   */
  public Value<String> typeAttribute() {
    return getAtt("Type");
  }

  /**
   * Contains configuration details for use with Microsoft Intune. For information about using
   * Connector for SCEP for Microsoft Intune, see <a
   * href="https://docs.aws.amazon.com/privateca/latest/userguide/scep-connector.htmlconnector-for-scep-intune.html">Using
   * Connector for SCEP for Microsoft Intune</a> .
   *
   * <p>When you use Connector for SCEP for Microsoft Intune, certain functionalities are enabled by
   * accessing Microsoft Intune through the Microsoft API. Your use of the Connector for SCEP and
   * accompanying AWS services doesn't remove your need to have a valid license for your use of the
   * Microsoft Intune service. You should also review the <a
   * href="https://docs.aws.amazon.com/https://learn.microsoft.com/en-us/mem/intune/apps/app-protection-policy">Microsoft
   * Intune® App Protection Policies</a> .
   *
   * <p>Property type {@code AWS::PCAConnectorSCEP::Connector.IntuneConfiguration}.
   */
  public static final class IntuneConfiguration extends Struct<IntuneConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorSCEP::Connector.IntuneConfiguration")
        .required("AzureApplicationId", "Domain")
        .build();

    public IntuneConfiguration() {
      super(SCHEMA);
    }

    /**
     * The directory (tenant) ID from your Microsoft Entra ID app registration.
     *
     * <p>Required. CloudFormation property {@code AzureApplicationId}.
     */
    public IntuneConfiguration azureApplicationId(String value) {
      return set("AzureApplicationId", Value.of(value));
    }

    /** Sets {@code AzureApplicationId} to this value; see {@link #azureApplicationId(String)}. */
    public IntuneConfiguration azureApplicationId(Value<String> value) {
      return set("AzureApplicationId", value);
    }

    /**
     * The primary domain from your Microsoft Entra ID app registration.
     *
     * <p>Required. CloudFormation property {@code Domain}.
     */
    public IntuneConfiguration domain(String value) {
      return set("Domain", Value.of(value));
    }

    /** Sets {@code Domain} to this value; see {@link #domain(String)}. */
    public IntuneConfiguration domain(Value<String> value) {
      return set("Domain", value);
    }
  }

  /**
   * If you don't supply a value, by default Connector for SCEP creates a connector for
   * general-purpose use. A general-purpose connector is designed to work with clients or endpoints
   * that support the SCEP protocol, except Connector for SCEP for Microsoft Intune. For information
   * about considerations and limitations with using Connector for SCEP, see <a
   * href="https://docs.aws.amazon.com/privateca/latest/userguide/scep-connector.htmlc4scep-considerations-limitations.html">Considerations
   * and Limitations</a> .
   *
   * <p>If you provide an <code>IntuneConfiguration</code> , Connector for SCEP creates a connector
   * for use with Microsoft Intune, and you manage the challenge passwords using Microsoft Intune.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/privateca/latest/userguide/scep-connector.htmlconnector-for-scep-intune.html">Using
   * Connector for SCEP for Microsoft Intune</a> .
   *
   * <p>Property type {@code AWS::PCAConnectorSCEP::Connector.MobileDeviceManagement}.
   */
  public static final class MobileDeviceManagement extends Struct<MobileDeviceManagement> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorSCEP::Connector.MobileDeviceManagement")
        .required("Intune")
        .build();

    public MobileDeviceManagement() {
      super(SCHEMA);
    }

    /**
     * Configuration settings for use with Microsoft Intune. For information about using Connector
     * for SCEP for Microsoft Intune, see <a
     * href="https://docs.aws.amazon.com/privateca/latest/userguide/scep-connector.htmlconnector-for-scep-intune.html">Using
     * Connector for SCEP for Microsoft Intune</a> .
     *
     * <p>Required. CloudFormation property {@code Intune}.
     */
    public MobileDeviceManagement intune(Value<IntuneConfiguration> value) {
      return set("Intune", value);
    }
  }

  /**
   * Contains OpenID Connect (OIDC) parameters for use with Microsoft Intune. For more information
   * about using Connector for SCEP for Microsoft Intune, see <a
   * href="https://docs.aws.amazon.com/privateca/latest/userguide/scep-connector.htmlconnector-for-scep-intune.html">Using
   * Connector for SCEP for Microsoft Intune</a> .
   *
   * <p>Property type {@code AWS::PCAConnectorSCEP::Connector.OpenIdConfiguration}.
   */
  public static final class OpenIdConfiguration extends Struct<OpenIdConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::PCAConnectorSCEP::Connector.OpenIdConfiguration");

    public OpenIdConfiguration() {
      super(SCHEMA);
    }

    /**
     * The audience value to copy into your Microsoft Entra app registration's OIDC.
     *
     * <p>CloudFormation property {@code Audience}.
     */
    public OpenIdConfiguration audience(String value) {
      return set("Audience", Value.of(value));
    }

    /** Sets {@code Audience} to this value; see {@link #audience(String)}. */
    public OpenIdConfiguration audience(Value<String> value) {
      return set("Audience", value);
    }

    /**
     * The issuer value to copy into your Microsoft Entra app registration's OIDC.
     *
     * <p>CloudFormation property {@code Issuer}.
     */
    public OpenIdConfiguration issuer(String value) {
      return set("Issuer", Value.of(value));
    }

    /** Sets {@code Issuer} to this value; see {@link #issuer(String)}. */
    public OpenIdConfiguration issuer(Value<String> value) {
      return set("Issuer", value);
    }

    /**
     * The subject value to copy into your Microsoft Entra app registration's OIDC.
     *
     * <p>CloudFormation property {@code Subject}.
     */
    public OpenIdConfiguration subject(String value) {
      return set("Subject", Value.of(value));
    }

    /** Sets {@code Subject} to this value; see {@link #subject(String)}. */
    public OpenIdConfiguration subject(Value<String> value) {
      return set("Subject", value);
    }
  }
}
