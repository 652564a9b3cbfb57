// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.acmpca;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::ACMPCA::Certificate</code> resource is used to issue a certificate using your
 * private certificate authority. For more information, see the <a
 * href="https://docs.aws.amazon.com/privateca/latest/APIReference/API_IssueCertificate.html">IssueCertificate</a>
 * action.
 *
 * <p>CloudFormation type {@code AWS::ACMPCA::Certificate}.
 */
public final class Certificate extends Resource<Certificate> {
  private static final Schema SCHEMA = Schema.builder("AWS::ACMPCA::Certificate")
      .required("CertificateAuthorityArn", "CertificateSigningRequest", "SigningAlgorithm",
          "Validity")
      .references("CertificateAuthorityArn", "AWS::ACMPCA::CertificateAuthority.Ref")
      .constrain("CertificateSigningRequest", Constraint.of().minLength(1))
      .references("CertificateSigningRequest",
          "AWS::ACMPCA::CertificateAuthority.CertificateSigningRequest")
      .references("TemplateArn", "AWS::ACMPCA::CertificateAuthority.Ref")
      .attributes("Arn", "Certificate")
      .build();

  public Certificate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies X.509 certificate information to be included in the issued certificate. An
   * <code>APIPassthrough</code> or <code>APICSRPassthrough</code> template variant must be
   * selected, or else this parameter is ignored.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ApiPassthrough}.
   */
  public Certificate apiPassthrough(Value<ApiPassthrough> value) {
    return set("ApiPassthrough", value);
  }

  /**
   * The Amazon Resource Name (ARN) for the private CA issues the certificate.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * CertificateAuthorityArn}.
   */
  public Certificate certificateAuthorityArn(String value) {
    return set("CertificateAuthorityArn", Value.of(value));
  }

  /**
   * Sets {@code CertificateAuthorityArn} to this value; see {@link
   * #certificateAuthorityArn(String)}.
   */
  public Certificate certificateAuthorityArn(Value<String> value) {
    return set("CertificateAuthorityArn", value);
  }

  /**
   * Sets {@code CertificateAuthorityArn} to the Ref of {@code AWS::ACMPCA::CertificateAuthority};
   * see {@link #certificateAuthorityArn(String)}.
   */
  public Certificate certificateAuthorityArn(CertificateAuthority resource) {
    return set("CertificateAuthorityArn", resource.ref());
  }

  /**
   * The certificate signing request (CSR) for the certificate.
   *
   * <p>Required. Changing it replaces the resource. Length: at least 1 characters. CloudFormation
   * property {@code CertificateSigningRequest}.
   */
  public Certificate certificateSigningRequest(String value) {
    return set("CertificateSigningRequest", Value.of(value));
  }

  /**
   * Sets {@code CertificateSigningRequest} to this value; see {@link
   * #certificateSigningRequest(String)}.
   */
  public Certificate certificateSigningRequest(Value<String> value) {
    return set("CertificateSigningRequest", value);
  }

  /**
   * Sets {@code CertificateSigningRequest} to the CertificateSigningRequest of {@code
   * AWS::ACMPCA::CertificateAuthority}; see {@link #certificateSigningRequest(String)}.
   */
  public Certificate certificateSigningRequest(CertificateAuthority resource) {
    return set("CertificateSigningRequest", resource.certificateSigningRequest());
  }

  /**
   * The name of the algorithm that will be used to sign the certificate to be issued.
   *
   * <p>This parameter should not be confused with the <code>SigningAlgorithm</code> parameter used
   * to sign a CSR in the <code>CreateCertificateAuthority</code> action.
   *
   * <p>The specified signing algorithm family (RSA or ECDSA) must match the algorithm family of the
   * CA's secret key.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * SigningAlgorithm}.
   */
  public Certificate signingAlgorithm(String value) {
    return set("SigningAlgorithm", Value.of(value));
  }

  /** Sets {@code SigningAlgorithm} to this value; see {@link #signingAlgorithm(String)}. */
  public Certificate signingAlgorithm(Value<String> value) {
    return set("SigningAlgorithm", value);
  }

  /**
   * Specifies a custom configuration template to use when issuing a certificate. If this parameter
   * is not provided, AWS Private CA defaults to the <code>EndEntityCertificate/V1</code> template.
   * For more information about AWS Private CA templates, see <a
   * href="https://docs.aws.amazon.com/privateca/latest/userguide/UsingTemplates.html">Using
   * Templates</a> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TemplateArn}.
   */
  public Certificate templateArn(String value) {
    return set("TemplateArn", Value.of(value));
  }

  /** Sets {@code TemplateArn} to this value; see {@link #templateArn(String)}. */
  public Certificate templateArn(Value<String> value) {
    return set("TemplateArn", value);
  }

  /**
   * Sets {@code TemplateArn} to the Ref of {@code AWS::ACMPCA::CertificateAuthority}; see {@link
   * #templateArn(String)}.
   */
  public Certificate templateArn(CertificateAuthority resource) {
    return set("TemplateArn", resource.ref());
  }

  /**
   * The period of time during which the certificate will be valid.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Validity}.
   */
  public Certificate validity(Value<Validity> value) {
    return set("Validity", value);
  }

  /**
   * Information describing the start of the validity period of the certificate. This parameter sets
   * the “Not Before" date for the certificate.
   *
   * <p>By default, when issuing a certificate, AWS Private CA sets the "Not Before" date to the
   * issuance time minus 60 minutes. This compensates for clock inconsistencies across computer
   * systems. The <code>ValidityNotBefore</code> parameter can be used to customize the “Not Before”
   * value.
   *
   * <p>Unlike the <code>Validity</code> parameter, the <code>ValidityNotBefore</code> parameter is
   * optional.
   *
   * <p>The <code>ValidityNotBefore</code> value is expressed as an explicit date and time, using
   * the <code>Validity</code> type value <code>ABSOLUTE</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ValidityNotBefore}.
   */
  public Certificate validityNotBefore(Value<Validity> value) {
    return set("ValidityNotBefore", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the issued certificate.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The issued Base64 PEM-encoded certificate.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Certificate}.
   */
  public Value<String> certificate() {
    return getAtt("Certificate");
  }

  /**
   * Contains X.509 certificate information to be placed in an issued certificate. An
   * <code>APIPassthrough</code> or <code>APICSRPassthrough</code> template variant must be
   * selected, or else this parameter is ignored.
   *
   * <p>If conflicting or duplicate certificate information is supplied from other sources, AWS
   * Private CA applies <a
   * href="https://docs.aws.amazon.com/privateca/latest/userguide/UsingTemplates.html#template-order-of-operations">order
   * of operation rules</a> to determine what information is used.
   *
   * <p>Property type {@code AWS::ACMPCA::Certificate.ApiPassthrough}.
   */
  public static final class ApiPassthrough extends Struct<ApiPassthrough> {
    private static final Schema SCHEMA = Schema.of("AWS::ACMPCA::Certificate.ApiPassthrough");

    public ApiPassthrough() {
      super(SCHEMA);
    }

    /**
     * Specifies X.509 extension information for a certificate.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Extensions}.
     */
    public ApiPassthrough extensions(Value<Extensions> value) {
      return set("Extensions", value);
    }

    /**
     * Contains information about the certificate subject. The Subject field in the certificate
     * identifies the entity that owns or controls the public key in the certificate. The entity can
     * be a user, computer, device, or service. The Subject must contain an X.500 distinguished name
     * (DN). A DN is a sequence of relative distinguished names (RDNs). The RDNs are separated by
     * commas in the certificate.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Subject}.
     */
    public ApiPassthrough subject(Value<Subject> value) {
      return set("Subject", value);
    }
  }

  /**
   * Defines the X.500 relative distinguished name (RDN).
   *
   * <p>Property type {@code AWS::ACMPCA::Certificate.CustomAttribute}.
   */
  public static final class CustomAttribute extends Struct<CustomAttribute> {
    private static final Schema SCHEMA = Schema.builder("AWS::ACMPCA::Certificate.CustomAttribute")
        .required("ObjectIdentifier", "Value")
        .build();

    public CustomAttribute() {
      super(SCHEMA);
    }

    /**
     * Specifies the object identifier (OID) of the attribute type of the relative distinguished
     * name (RDN).
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * ObjectIdentifier}.
     */
    public CustomAttribute objectIdentifier(String value) {
      return set("ObjectIdentifier", Value.of(value));
    }

    /** Sets {@code ObjectIdentifier} to this value; see {@link #objectIdentifier(String)}. */
    public CustomAttribute objectIdentifier(Value<String> value) {
      return set("ObjectIdentifier", value);
    }

    /**
     * Specifies the attribute value of relative distinguished name (RDN).
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Value}.
     */
    public CustomAttribute value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public CustomAttribute value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Specifies the X.509 extension information for a certificate.
   *
   * <p>Extensions present in <code>CustomExtensions</code> follow the <code>ApiPassthrough</code>
   * <a
   * href="https://docs.aws.amazon.com/privateca/latest/userguide/UsingTemplates.html#template-order-of-operations">template
   * rules</a> .
   *
   * <p>Property type {@code AWS::ACMPCA::Certificate.CustomExtension}.
   */
  public static final class CustomExtension extends Struct<CustomExtension> {
    private static final Schema SCHEMA = Schema.builder("AWS::ACMPCA::Certificate.CustomExtension")
        .required("ObjectIdentifier", "Value")
        .build();

    public CustomExtension() {
      super(SCHEMA);
    }

    /**
     * Specifies the critical flag of the X.509 extension.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Critical}.
     */
    public CustomExtension critical(boolean value) {
      return set("Critical", Value.of(value));
    }

    /** Sets {@code Critical} to this value; see {@link #critical(boolean)}. */
    public CustomExtension critical(Value<Boolean> value) {
      return set("Critical", value);
    }

    /**
     * Specifies the object identifier (OID) of the X.509 extension. For more information, see the
     * <a href="https://docs.aws.amazon.com/https://oidref.com/2.5.29">Global OID reference
     * database.</a>
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * ObjectIdentifier}.
     */
    public CustomExtension objectIdentifier(String value) {
      return set("ObjectIdentifier", Value.of(value));
    }

    /** Sets {@code ObjectIdentifier} to this value; see {@link #objectIdentifier(String)}. */
    public CustomExtension objectIdentifier(Value<String> value) {
      return set("ObjectIdentifier", value);
    }

    /**
     * Specifies the base64-encoded value of the X.509 extension.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Value}.
     */
    public CustomExtension value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public CustomExtension value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Describes an Electronic Data Interchange (EDI) entity as described in as defined in <a
   * href="https://docs.aws.amazon.com/https://datatracker.ietf.org/doc/html/rfc5280">Subject
   * Alternative Name</a> in RFC 5280.
   *
   * <p>Property type {@code AWS::ACMPCA::Certificate.EdiPartyName}.
   */
  public static final class EdiPartyName extends Struct<EdiPartyName> {
    private static final Schema SCHEMA = Schema.builder("AWS::ACMPCA::Certificate.EdiPartyName")
        .required("NameAssigner", "PartyName")
        .build();

    public EdiPartyName() {
      super(SCHEMA);
    }

    /**
     * Specifies the name assigner.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code NameAssigner}.
     */
    public EdiPartyName nameAssigner(String value) {
      return set("NameAssigner", Value.of(value));
    }

    /** Sets {@code NameAssigner} to this value; see {@link #nameAssigner(String)}. */
    public EdiPartyName nameAssigner(Value<String> value) {
      return set("NameAssigner", value);
    }

    /**
     * Specifies the party name.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code PartyName}.
     */
    public EdiPartyName partyName(String value) {
      return set("PartyName", Value.of(value));
    }

    /** Sets {@code PartyName} to this value; see {@link #partyName(String)}. */
    public EdiPartyName partyName(Value<String> value) {
      return set("PartyName", value);
    }
  }

  /**
   * Specifies additional purposes for which the certified public key may be used other than basic
   * purposes indicated in the <code>KeyUsage</code> extension.
   *
   * <p>Property type {@code AWS::ACMPCA::Certificate.ExtendedKeyUsage}.
   */
  public static final class ExtendedKeyUsage extends Struct<ExtendedKeyUsage> {
    private static final Schema SCHEMA = Schema.of("AWS::ACMPCA::Certificate.ExtendedKeyUsage");

    public ExtendedKeyUsage() {
      super(SCHEMA);
    }

    /**
     * Specifies a custom <code>ExtendedKeyUsage</code> with an object identifier (OID).
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * ExtendedKeyUsageObjectIdentifier}.
     */
    public ExtendedKeyUsage extendedKeyUsageObjectIdentifier(String value) {
      return set("ExtendedKeyUsageObjectIdentifier", Value.of(value));
    }

    /**
     * Sets {@code ExtendedKeyUsageObjectIdentifier} to this value; see {@link
     * #extendedKeyUsageObjectIdentifier(String)}.
     */
    public ExtendedKeyUsage extendedKeyUsageObjectIdentifier(Value<String> value) {
      return set("ExtendedKeyUsageObjectIdentifier", value);
    }

    /**
     * Specifies a standard <code>ExtendedKeyUsage</code> as defined as in <a
     * href="https://docs.aws.amazon.com/https://datatracker.ietf.org/doc/html/rfc5280#section-4.2.1.12">RFC
     * 5280</a> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ExtendedKeyUsageType}.
     */
    public ExtendedKeyUsage extendedKeyUsageType(String value) {
      return set("ExtendedKeyUsageType", Value.of(value));
    }

    /**
     * Sets {@code ExtendedKeyUsageType} to this value; see {@link #extendedKeyUsageType(String)}.
     */
    public ExtendedKeyUsage extendedKeyUsageType(Value<String> value) {
      return set("ExtendedKeyUsageType", value);
    }
  }

  /**
   * Contains X.509 extension information for a certificate.
   *
   * <p>Property type {@code AWS::ACMPCA::Certificate.Extensions}.
   */
  public static final class Extensions extends Struct<Extensions> {
    private static final Schema SCHEMA = Schema.of("AWS::ACMPCA::Certificate.Extensions");

    public Extensions() {
      super(SCHEMA);
    }

    /**
     * Contains a sequence of one or more policy information terms, each of which consists of an
     * object identifier (OID) and optional qualifiers. For more information, see NIST's definition
     * of <a
     * href="https://docs.aws.amazon.com/https://csrc.nist.gov/glossary/term/Object_Identifier">Object
     * Identifier (OID)</a> .
     *
     * <p>In an end-entity certificate, these terms indicate the policy under which the certificate
     * was issued and the purposes for which it may be used. In a CA certificate, these terms limit
     * the set of policies for certification paths that include this certificate.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code CertificatePolicies}.
     */
    public Extensions certificatePolicies(List<PolicyInformation> value) {
      return set("CertificatePolicies", Value.listOf(value));
    }

    /** Sets {@code CertificatePolicies} to this value; see {@link #certificatePolicies(List)}. */
    public Extensions certificatePolicies(Value<List<PolicyInformation>> value) {
      return set("CertificatePolicies", value);
    }

    /**
     * Sets {@code CertificatePolicies} to a list of these; see {@link #certificatePolicies(List)}.
     */
    public Extensions certificatePolicies(PolicyInformation... values) {
      return set("CertificatePolicies", Value.list(values));
    }

    /**
     * Contains a sequence of one or more X.509 extensions, each of which consists of an object
     * identifier (OID), a base64-encoded value, and the critical flag. For more information, see
     * the <a href="https://docs.aws.amazon.com/https://oidref.com/2.5.29">Global OID reference
     * database.</a>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code CustomExtensions}.
     */
    public Extensions customExtensions(List<CustomExtension> value) {
      return set("CustomExtensions", Value.listOf(value));
    }

    /** Sets {@code CustomExtensions} to this value; see {@link #customExtensions(List)}. */
    public Extensions customExtensions(Value<List<CustomExtension>> value) {
      return set("CustomExtensions", value);
    }

    /** Sets {@code CustomExtensions} to a list of these; see {@link #customExtensions(List)}. */
    public Extensions customExtensions(CustomExtension... values) {
      return set("CustomExtensions", Value.list(values));
    }

    /**
     * Specifies additional purposes for which the certified public key may be used other than basic
     * purposes indicated in the <code>KeyUsage</code> extension.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ExtendedKeyUsage}.
     */
    public Extensions extendedKeyUsage(List<ExtendedKeyUsage> value) {
      return set("ExtendedKeyUsage", Value.listOf(value));
    }

    /** Sets {@code ExtendedKeyUsage} to this value; see {@link #extendedKeyUsage(List)}. */
    public Extensions extendedKeyUsage(Value<List<ExtendedKeyUsage>> value) {
      return set("ExtendedKeyUsage", value);
    }

    /** Sets {@code ExtendedKeyUsage} to a list of these; see {@link #extendedKeyUsage(List)}. */
    public Extensions extendedKeyUsage(ExtendedKeyUsage... values) {
      return set("ExtendedKeyUsage", Value.list(values));
    }

    /**
     * Defines one or more purposes for which the key contained in the certificate can be used.
     * Default value for each option is false.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code KeyUsage}.
     */
    public Extensions keyUsage(Value<KeyUsage> value) {
      return set("KeyUsage", value);
    }

    /**
     * The subject alternative name extension allows identities to be bound to the subject of the
     * certificate. These identities may be included in addition to or in place of the identity in
     * the subject field of the certificate.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * SubjectAlternativeNames}.
     */
    public Extensions subjectAlternativeNames(List<GeneralName> value) {
      return set("SubjectAlternativeNames", Value.listOf(value));
    }

    /**
     * Sets {@code SubjectAlternativeNames} to this value; see {@link
     * #subjectAlternativeNames(List)}.
     */
    public Extensions subjectAlternativeNames(Value<List<GeneralName>> value) {
      return set("SubjectAlternativeNames", value);
    }

    /**
     * Sets {@code SubjectAlternativeNames} to a list of these; see {@link
     * #subjectAlternativeNames(List)}.
     */
    public Extensions subjectAlternativeNames(GeneralName... values) {
      return set("SubjectAlternativeNames", Value.list(values));
    }
  }

  /**
   * Describes an ASN.1 X.400 <code>GeneralName</code> as defined in <a
   * href="https://docs.aws.amazon.com/https://datatracker.ietf.org/doc/html/rfc5280">RFC 5280</a> .
   * Only one of the following naming options should be provided. Providing more than one option
   * results in an <code>InvalidArgsException</code> error.
   *
   * <p>Property type {@code AWS::ACMPCA::Certificate.GeneralName}.
   */
  public static final class GeneralName extends Struct<GeneralName> {
    private static final Schema SCHEMA = Schema.of("AWS::ACMPCA::Certificate.GeneralName");

    public GeneralName() {
      super(SCHEMA);
    }

    /**
     * Contains information about the certificate subject. The certificate can be one issued by your
     * private certificate authority (CA) or it can be your private CA certificate. The Subject
     * field in the certificate identifies the entity that owns or controls the public key in the
     * certificate. The entity can be a user, computer, device, or service. The Subject must contain
     * an X.500 distinguished name (DN). A DN is a sequence of relative distinguished names (RDNs).
     * The RDNs are separated by commas in the certificate. The DN must be unique for each entity,
     * but your private CA can issue more than one certificate with the same DN to the same entity.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DirectoryName}.
     */
    public GeneralName directoryName(Value<Subject> value) {
      return set("DirectoryName", value);
    }

    /**
     * Represents <code>GeneralName</code> as a DNS name.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DnsName}.
     */
    public GeneralName dnsName(String value) {
      return set("DnsName", Value.of(value));
    }

    /** Sets {@code DnsName} to this value; see {@link #dnsName(String)}. */
    public GeneralName dnsName(Value<String> value) {
      return set("DnsName", value);
    }

    /**
     * Represents <code>GeneralName</code> as an <code>EdiPartyName</code> object.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code EdiPartyName}.
     */
    public GeneralName ediPartyName(Value<EdiPartyName> value) {
      return set("EdiPartyName", value);
    }

    /**
     * Represents <code>GeneralName</code> as an IPv4 or IPv6 address.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code IpAddress}.
     */
    public GeneralName ipAddress(String value) {
      return set("IpAddress", Value.of(value));
    }

    /** Sets {@code IpAddress} to this value; see {@link #ipAddress(String)}. */
    public GeneralName ipAddress(Value<String> value) {
      return set("IpAddress", value);
    }

    /**
     * Represents <code>GeneralName</code> using an <code>OtherName</code> object.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code OtherName}.
     */
    public GeneralName otherName(Value<OtherName> value) {
      return set("OtherName", value);
    }

    /**
     * Represents <code>GeneralName</code> as an object identifier (OID).
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code RegisteredId}.
     */
    public GeneralName registeredId(String value) {
      return set("RegisteredId", Value.of(value));
    }

    /** Sets {@code RegisteredId} to this value; see {@link #registeredId(String)}. */
    public GeneralName registeredId(Value<String> value) {
      return set("RegisteredId", value);
    }

    /**
     * Represents <code>GeneralName</code> as an <a
     * href="https://docs.aws.amazon.com/https://datatracker.ietf.org/doc/html/rfc822">RFC 822</a>
     * email address.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Rfc822Name}.
     */
    public GeneralName rfc822Name(String value) {
      return set("Rfc822Name", Value.of(value));
    }

    /** Sets {@code Rfc822Name} to this value; see {@link #rfc822Name(String)}. */
    public GeneralName rfc822Name(Value<String> value) {
      return set("Rfc822Name", value);
    }

    /**
     * Represents <code>GeneralName</code> as a URI.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * UniformResourceIdentifier}.
     */
    public GeneralName uniformResourceIdentifier(String value) {
      return set("UniformResourceIdentifier", Value.of(value));
    }

    /**
     * Sets {@code UniformResourceIdentifier} to this value; see {@link
     * #uniformResourceIdentifier(String)}.
     */
    public GeneralName uniformResourceIdentifier(Value<String> value) {
      return set("UniformResourceIdentifier", value);
    }
  }

  /**
   * Defines one or more purposes for which the key contained in the certificate can be used.
   * Default value for each option is false.
   *
   * <p>Property type {@code AWS::ACMPCA::Certificate.KeyUsage}.
   */
  public static final class KeyUsage extends Struct<KeyUsage> {
    private static final Schema SCHEMA = Schema.of("AWS::ACMPCA::Certificate.KeyUsage");

    public KeyUsage() {
      super(SCHEMA);
    }

    /**
     * Key can be used to sign CRLs.
     *
     * <p>Changing it replaces the resource. Default: {@code false}. CloudFormation property {@code
     * CRLSign}.
     */
    public KeyUsage crlSign(boolean value) {
      return set("CRLSign", Value.of(value));
    }

    /** Sets {@code CRLSign} to this value; see {@link #crlSign(boolean)}. */
    public KeyUsage crlSign(Value<Boolean> value) {
      return set("CRLSign", value);
    }

    /**
     * Key can be used to decipher data.
     *
     * <p>Changing it replaces the resource. Default: {@code false}. CloudFormation property {@code
     * DataEncipherment}.
     */
    public KeyUsage dataEncipherment(boolean value) {
      return set("DataEncipherment", Value.of(value));
    }

    /** Sets {@code DataEncipherment} to this value; see {@link #dataEncipherment(boolean)}. */
    public KeyUsage dataEncipherment(Value<Boolean> value) {
      return set("DataEncipherment", value);
    }

    /**
     * Key can be used only to decipher data.
     *
     * <p>Changing it replaces the resource. Default: {@code false}. CloudFormation property {@code
     * DecipherOnly}.
     */
    public KeyUsage decipherOnly(boolean value) {
      return set("DecipherOnly", Value.of(value));
    }

    /** Sets {@code DecipherOnly} to this value; see {@link #decipherOnly(boolean)}. */
    public KeyUsage decipherOnly(Value<Boolean> value) {
      return set("DecipherOnly", value);
    }

    /**
     * Key can be used for digital signing.
     *
     * <p>Changing it replaces the resource. Default: {@code false}. CloudFormation property {@code
     * DigitalSignature}.
     */
    public KeyUsage digitalSignature(boolean value) {
      return set("DigitalSignature", Value.of(value));
    }

    /** Sets {@code DigitalSignature} to this value; see {@link #digitalSignature(boolean)}. */
    public KeyUsage digitalSignature(Value<Boolean> value) {
      return set("DigitalSignature", value);
    }

    /**
     * Key can be used only to encipher data.
     *
     * <p>Changing it replaces the resource. Default: {@code false}. CloudFormation property {@code
     * EncipherOnly}.
     */
    public KeyUsage encipherOnly(boolean value) {
      return set("EncipherOnly", Value.of(value));
    }

    /** Sets {@code EncipherOnly} to this value; see {@link #encipherOnly(boolean)}. */
    public KeyUsage encipherOnly(Value<Boolean> value) {
      return set("EncipherOnly", value);
    }

    /**
     * Key can be used in a key-agreement protocol.
     *
     * <p>Changing it replaces the resource. Default: {@code false}. CloudFormation property {@code
     * KeyAgreement}.
     */
    public KeyUsage keyAgreement(boolean value) {
      return set("KeyAgreement", Value.of(value));
    }

    /** Sets {@code KeyAgreement} to this value; see {@link #keyAgreement(boolean)}. */
    public KeyUsage keyAgreement(Value<Boolean> value) {
      return set("KeyAgreement", value);
    }

    /**
     * Key can be used to sign certificates.
     *
     * <p>Changing it replaces the resource. Default: {@code false}. CloudFormation property {@code
     * KeyCertSign}.
     */
    public KeyUsage keyCertSign(boolean value) {
      return set("KeyCertSign", Value.of(value));
    }

    /** Sets {@code KeyCertSign} to this value; see {@link #keyCertSign(boolean)}. */
    public KeyUsage keyCertSign(Value<Boolean> value) {
      return set("KeyCertSign", value);
    }

    /**
     * Key can be used to encipher data.
     *
     * <p>Changing it replaces the resource. Default: {@code false}. CloudFormation property {@code
     * KeyEncipherment}.
     */
    public KeyUsage keyEncipherment(boolean value) {
      return set("KeyEncipherment", Value.of(value));
    }

    /** Sets {@code KeyEncipherment} to this value; see {@link #keyEncipherment(boolean)}. */
    public KeyUsage keyEncipherment(Value<Boolean> value) {
      return set("KeyEncipherment", value);
    }

    /**
     * Key can be used for non-repudiation.
     *
     * <p>Changing it replaces the resource. Default: {@code false}. CloudFormation property {@code
     * NonRepudiation}.
     */
    public KeyUsage nonRepudiation(boolean value) {
      return set("NonRepudiation", Value.of(value));
    }

    /** Sets {@code NonRepudiation} to this value; see {@link #nonRepudiation(boolean)}. */
    public KeyUsage nonRepudiation(Value<Boolean> value) {
      return set("NonRepudiation", value);
    }
  }

  /**
   * Defines a custom ASN.1 X.400 <code>GeneralName</code> using an object identifier (OID) and
   * value. The OID must satisfy the regular expression shown below. For more information, see
   * NIST's definition of <a
   * href="https://docs.aws.amazon.com/https://csrc.nist.gov/glossary/term/Object_Identifier">Object
   * Identifier (OID)</a> .
   *
   * <p>Property type {@code AWS::ACMPCA::Certificate.OtherName}.
   */
  public static final class OtherName extends Struct<OtherName> {
    private static final Schema SCHEMA = Schema.builder("AWS::ACMPCA::Certificate.OtherName")
        .required("TypeId", "Value")
        .build();

    public OtherName() {
      super(SCHEMA);
    }

    /**
     * Specifies an OID.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code TypeId}.
     */
    public OtherName typeId(String value) {
      return set("TypeId", Value.of(value));
    }

    /** Sets {@code TypeId} to this value; see {@link #typeId(String)}. */
    public OtherName typeId(Value<String> value) {
      return set("TypeId", value);
    }

    /**
     * Specifies an OID value.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Value}.
     */
    public OtherName value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public OtherName value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Defines the X.509 <code>CertificatePolicies</code> extension.
   *
   * <p>Property type {@code AWS::ACMPCA::Certificate.PolicyInformation}.
   */
  public static final class PolicyInformation extends Struct<PolicyInformation> {
    private static final Schema SCHEMA = Schema.builder("AWS::ACMPCA::Certificate.PolicyInformation")
        .required("CertPolicyId")
        .build();

    public PolicyInformation() {
      super(SCHEMA);
    }

    /**
     * Specifies the object identifier (OID) of the certificate policy under which the certificate
     * was issued. For more information, see NIST's definition of <a
     * href="https://docs.aws.amazon.com/https://csrc.nist.gov/glossary/term/Object_Identifier">Object
     * Identifier (OID)</a> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code CertPolicyId}.
     */
    public PolicyInformation certPolicyId(String value) {
      return set("CertPolicyId", Value.of(value));
    }

    /** Sets {@code CertPolicyId} to this value; see {@link #certPolicyId(String)}. */
    public PolicyInformation certPolicyId(Value<String> value) {
      return set("CertPolicyId", value);
    }

    /**
     * Modifies the given <code>CertPolicyId</code> with a qualifier. AWS Private CA supports the
     * certification practice statement (CPS) qualifier.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code PolicyQualifiers}.
     */
    public PolicyInformation policyQualifiers(List<PolicyQualifierInfo> value) {
      return set("PolicyQualifiers", Value.listOf(value));
    }

    /** Sets {@code PolicyQualifiers} to this value; see {@link #policyQualifiers(List)}. */
    public PolicyInformation policyQualifiers(Value<List<PolicyQualifierInfo>> value) {
      return set("PolicyQualifiers", value);
    }

    /** Sets {@code PolicyQualifiers} to a list of these; see {@link #policyQualifiers(List)}. */
    public PolicyInformation policyQualifiers(PolicyQualifierInfo... values) {
      return set("PolicyQualifiers", Value.list(values));
    }
  }

  /**
   * Modifies the <code>CertPolicyId</code> of a <code>PolicyInformation</code> object with a
   * qualifier. AWS Private CA supports the certification practice statement (CPS) qualifier.
   *
   * <p>Property type {@code AWS::ACMPCA::Certificate.PolicyQualifierInfo}.
   */
  public static final class PolicyQualifierInfo extends Struct<PolicyQualifierInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::ACMPCA::Certificate.PolicyQualifierInfo")
        .required("PolicyQualifierId", "Qualifier")
        .build();

    public PolicyQualifierInfo() {
      super(SCHEMA);
    }

    /**
     * Identifies the qualifier modifying a <code>CertPolicyId</code> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * PolicyQualifierId}.
     */
    public PolicyQualifierInfo policyQualifierId(String value) {
      return set("PolicyQualifierId", Value.of(value));
    }

    /** Sets {@code PolicyQualifierId} to this value; see {@link #policyQualifierId(String)}. */
    public PolicyQualifierInfo policyQualifierId(Value<String> value) {
      return set("PolicyQualifierId", value);
    }

    /**
     * Defines the qualifier type. AWS Private CA supports the use of a URI for a CPS qualifier in
     * this field.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Qualifier}.
     */
    public PolicyQualifierInfo qualifier(Value<Qualifier> value) {
      return set("Qualifier", value);
    }
  }

  /**
   * Defines a <code>PolicyInformation</code> qualifier. AWS Private CA supports the <a
   * href="https://docs.aws.amazon.com/https://datatracker.ietf.org/doc/html/rfc5280#section-4.2.1.4">certification
   * practice statement (CPS) qualifier</a> defined in RFC 5280.
   *
   * <p>Property type {@code AWS::ACMPCA::Certificate.Qualifier}.
   */
  public static final class Qualifier extends Struct<Qualifier> {
    private static final Schema SCHEMA = Schema.builder("AWS::ACMPCA::Certificate.Qualifier")
        .required("CpsUri")
        .build();

    public Qualifier() {
      super(SCHEMA);
    }

    /**
     * Contains a pointer to a certification practice statement (CPS) published by the CA.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code CpsUri}.
     */
    public Qualifier cpsUri(String value) {
      return set("CpsUri", Value.of(value));
    }

    /** Sets {@code CpsUri} to this value; see {@link #cpsUri(String)}. */
    public Qualifier cpsUri(Value<String> value) {
      return set("CpsUri", value);
    }
  }

  /**
   * Contains information about the certificate subject. The <code>Subject</code> field in the
   * certificate identifies the entity that owns or controls the public key in the certificate. The
   * entity can be a user, computer, device, or service. The <code>Subject</code> must contain an
   * X.500 distinguished name (DN). A DN is a sequence of relative distinguished names (RDNs). The
   * RDNs are separated by commas in the certificate.
   *
   * <p>Property type {@code AWS::ACMPCA::Certificate.Subject}.
   */
  public static final class Subject extends Struct<Subject> {
    private static final Schema SCHEMA = Schema.of("AWS::ACMPCA::Certificate.Subject");

    public Subject() {
      super(SCHEMA);
    }

    /**
     * For CA and end-entity certificates in a private PKI, the common name (CN) can be any string
     * within the length limit.
     *
     * <p>Note: In publicly trusted certificates, the common name must be a fully qualified domain
     * name (FQDN) associated with the certificate subject.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code CommonName}.
     */
    public Subject commonName(String value) {
      return set("CommonName", Value.of(value));
    }

    /** Sets {@code CommonName} to this value; see {@link #commonName(String)}. */
    public Subject commonName(Value<String> value) {
      return set("CommonName", value);
    }

    /**
     * Two-digit code that specifies the country in which the certificate subject located.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Country}.
     */
    public Subject country(String value) {
      return set("Country", Value.of(value));
    }

    /** Sets {@code Country} to this value; see {@link #country(String)}. */
    public Subject country(Value<String> value) {
      return set("Country", value);
    }

    /**
     * Contains a sequence of one or more X.500 relative distinguished names (RDNs), each of which
     * consists of an object identifier (OID) and a value. For more information, see NIST’s
     * definition of <a
     * href="https://docs.aws.amazon.com/https://csrc.nist.gov/glossary/term/Object_Identifier">Object
     * Identifier (OID)</a> .
     *
     * <p>Custom attributes cannot be used in combination with standard attributes.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code CustomAttributes}.
     */
    public Subject customAttributes(List<CustomAttribute> value) {
      return set("CustomAttributes", Value.listOf(value));
    }

    /** Sets {@code CustomAttributes} to this value; see {@link #customAttributes(List)}. */
    public Subject customAttributes(Value<List<CustomAttribute>> value) {
      return set("CustomAttributes", value);
    }

    /** Sets {@code CustomAttributes} to a list of these; see {@link #customAttributes(List)}. */
    public Subject customAttributes(CustomAttribute... values) {
      return set("CustomAttributes", Value.list(values));
    }

    /**
     * Disambiguating information for the certificate subject.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * DistinguishedNameQualifier}.
     */
    public Subject distinguishedNameQualifier(String value) {
      return set("DistinguishedNameQualifier", Value.of(value));
    }

    /**
     * Sets {@code DistinguishedNameQualifier} to this value; see {@link
     * #distinguishedNameQualifier(String)}.
     */
    public Subject distinguishedNameQualifier(Value<String> value) {
      return set("DistinguishedNameQualifier", value);
    }

    /**
     * Typically a qualifier appended to the name of an individual. Examples include Jr. for junior,
     * Sr. for senior, and III for third.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code GenerationQualifier}.
     */
    public Subject generationQualifier(String value) {
      return set("GenerationQualifier", Value.of(value));
    }

    /** Sets {@code GenerationQualifier} to this value; see {@link #generationQualifier(String)}. */
    public Subject generationQualifier(Value<String> value) {
      return set("GenerationQualifier", value);
    }

    /**
     * First name.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code GivenName}.
     */
    public Subject givenName(String value) {
      return set("GivenName", Value.of(value));
    }

    /** Sets {@code GivenName} to this value; see {@link #givenName(String)}. */
    public Subject givenName(Value<String> value) {
      return set("GivenName", value);
    }

    /**
     * Concatenation that typically contains the first letter of the <em>GivenName</em> , the first
     * letter of the middle name if one exists, and the first letter of the <em>Surname</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Initials}.
     */
    public Subject initials(String value) {
      return set("Initials", Value.of(value));
    }

    /** Sets {@code Initials} to this value; see {@link #initials(String)}. */
    public Subject initials(Value<String> value) {
      return set("Initials", value);
    }

    /**
     * The locality (such as a city or town) in which the certificate subject is located.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Locality}.
     */
    public Subject locality(String value) {
      return set("Locality", Value.of(value));
    }

    /** Sets {@code Locality} to this value; see {@link #locality(String)}. */
    public Subject locality(Value<String> value) {
      return set("Locality", value);
    }

    /**
     * Legal name of the organization with which the certificate subject is affiliated.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Organization}.
     */
    public Subject organization(String value) {
      return set("Organization", Value.of(value));
    }

    /** Sets {@code Organization} to this value; see {@link #organization(String)}. */
    public Subject organization(Value<String> value) {
      return set("Organization", value);
    }

    /**
     * A subdivision or unit of the organization (such as sales or finance) with which the
     * certificate subject is affiliated.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code OrganizationalUnit}.
     */
    public Subject organizationalUnit(String value) {
      return set("OrganizationalUnit", Value.of(value));
    }

    /** Sets {@code OrganizationalUnit} to this value; see {@link #organizationalUnit(String)}. */
    public Subject organizationalUnit(Value<String> value) {
      return set("OrganizationalUnit", value);
    }

    /**
     * Typically a shortened version of a longer <em>GivenName</em> . For example, Jonathan is often
     * shortened to John. Elizabeth is often shortened to Beth, Liz, or Eliza.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Pseudonym}.
     */
    public Subject pseudonym(String value) {
      return set("Pseudonym", Value.of(value));
    }

    /** Sets {@code Pseudonym} to this value; see {@link #pseudonym(String)}. */
    public Subject pseudonym(Value<String> value) {
      return set("Pseudonym", value);
    }

    /**
     * The certificate serial number.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SerialNumber}.
     */
    public Subject serialNumber(String value) {
      return set("SerialNumber", Value.of(value));
    }

    /** Sets {@code SerialNumber} to this value; see {@link #serialNumber(String)}. */
    public Subject serialNumber(Value<String> value) {
      return set("SerialNumber", value);
    }

    /**
     * State in which the subject of the certificate is located.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code State}.
     */
    public Subject state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public Subject state(Value<String> value) {
      return set("State", value);
    }

    /**
     * Family name. In the US and the UK, for example, the surname of an individual is ordered last.
     * In Asian cultures the surname is typically ordered first.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Surname}.
     */
    public Subject surname(String value) {
      return set("Surname", Value.of(value));
    }

    /** Sets {@code Surname} to this value; see {@link #surname(String)}. */
    public Subject surname(Value<String> value) {
      return set("Surname", value);
    }

    /**
     * A title such as Mr. or Ms., which is pre-pended to the name to refer formally to the
     * certificate subject.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Title}.
     */
    public Subject title(String value) {
      return set("Title", Value.of(value));
    }

    /** Sets {@code Title} to this value; see {@link #title(String)}. */
    public Subject title(Value<String> value) {
      return set("Title", value);
    }
  }

  /**
   * Length of time for which the certificate issued by your private certificate authority (CA), or
   * by the private CA itself, is valid in days, months, or years. You can issue a certificate by
   * calling the <code>IssueCertificate</code> operation.
   *
   * <p>Property type {@code AWS::ACMPCA::Certificate.Validity}.
   */
  public static final class Validity extends Struct<Validity> {
    private static final Schema SCHEMA = Schema.builder("AWS::ACMPCA::Certificate.Validity")
        .required("Type", "Value")
        .build();

    public Validity() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the <code>Value</code> parameter represents days, months, or years.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Type}.
     */
    public Validity type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Validity type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * A long integer interpreted according to the value of <code>Type</code> , below.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Value}.
     */
    public Validity value(double value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(double)}. */
    public Validity value(Value<Double> value) {
      return set("Value", value);
    }
  }
}
