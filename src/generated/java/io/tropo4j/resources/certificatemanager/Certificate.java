// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.certificatemanager;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::CertificateManager::Certificate</code> resource requests an Certificate Manager (
 * ACM ) certificate that you can use to enable secure connections. For example, you can deploy an
 * ACM certificate to an Elastic Load Balancer to enable HTTPS support. For more information, see <a
 * href="https://docs.aws.amazon.com/acm/latest/APIReference/API_RequestCertificate.html">RequestCertificate</a>
 * in the Certificate Manager API Reference.
 *
 * <p>When you use the <code>AWS::CertificateManager::Certificate</code> resource in a
 * CloudFormation stack, domain validation is handled automatically if all three of the following
 * are true: The certificate domain is hosted in Amazon Route 53, the domain resides in your AWS
 * account , and you are using DNS validation. However, if the certificate uses email validation, or
 * if the domain is not hosted in Route 53, then the stack will remain in the
 * <code>CREATE_IN_PROGRESS</code> state. Further stack operations are delayed until you validate
 * the certificate request, either by acting upon the instructions in the validation email, or by
 * adding a CNAME record to your DNS configuration. For more information, see <a
 * href="https://docs.aws.amazon.com/acm/latest/userguide/dns-validation.html">Option 1: DNS
 * Validation</a> and <a
 * href="https://docs.aws.amazon.com/acm/latest/userguide/email-validation.html">Option 2: Email
 * Validation</a> .
 *
 * <p>CloudFormation type {@code AWS::CertificateManager::Certificate}.
 */
public final class Certificate extends Resource<Certificate> {
  private static final Schema SCHEMA = Schema.builder("AWS::CertificateManager::Certificate")
      .required("DomainName")
      .allowed("CertificateExport", "ENABLED", "DISABLED")
      .allowed("CertificateTransparencyLoggingPreference", "ENABLED", "DISABLED")
      .refYields("CertificateArn")
      .attributes("CertificateArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Certificate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the private certificate authority (CA) that will be used to
   * issue the certificate. If you do not provide an ARN and you are trying to request a private
   * certificate, ACM will attempt to issue a public certificate. For more information about private
   * CAs, see the <a
   * href="https://docs.aws.amazon.com/privateca/latest/userguide/PcaWelcome.html">AWS Private
   * Certificate Authority</a> user guide. The ARN must have the following form:
   *
   * <p><code>arn:aws:acm-pca:region:account:certificate-authority/12345678-1234-1234-1234-123456789012</code>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CertificateAuthorityArn}.
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
   * You can opt out of allowing export of your certificate by specifying the <code>DISABLED</code>
   * option. Allow export of your certificate by specifying the <code>ENABLED</code> option.
   *
   * <p>If you do not specify an export preference in a new CloudFormation template, it is the same
   * as explicitly denying export of your certificate.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code ENABLED}, {@code DISABLED}.
   * CloudFormation property {@code CertificateExport}.
   */
  public Certificate certificateExport(String value) {
    return set("CertificateExport", Value.of(value));
  }

  /** Sets {@code CertificateExport} to this value; see {@link #certificateExport(String)}. */
  public Certificate certificateExport(Value<String> value) {
    return set("CertificateExport", value);
  }

  /**
   * You can opt out of certificate transparency logging by specifying the <code>DISABLED</code>
   * option. Opt in by specifying <code>ENABLED</code> . This setting doces not apply to private
   * certificates.
   *
   * <p>If you do not specify a certificate transparency logging preference on a new CloudFormation
   * template, or if you remove the logging preference from an existing template, this is the same
   * as explicitly enabling the preference.
   *
   * <p>Changing the certificate transparency logging preference will update the existing resource
   * by calling <code>UpdateCertificateOptions</code> on the certificate. This action will not
   * create a new resource.
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * CertificateTransparencyLoggingPreference}.
   */
  public Certificate certificateTransparencyLoggingPreference(String value) {
    return set("CertificateTransparencyLoggingPreference", Value.of(value));
  }

  /**
   * Sets {@code CertificateTransparencyLoggingPreference} to this value; see {@link
   * #certificateTransparencyLoggingPreference(String)}.
   */
  public Certificate certificateTransparencyLoggingPreference(Value<String> value) {
    return set("CertificateTransparencyLoggingPreference", value);
  }

  /**
   * The fully qualified domain name (FQDN), such as www.example.com, with which you want to secure
   * an ACM certificate. Use an asterisk (<em>) to create a wildcard certificate that protects
   * several sites in the same domain. For example, <code></em>.example.com</code> protects
   * <code>www.example.com</code> , <code>site.example.com</code> , and
   * <code>images.example.com.</code>
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code DomainName}.
   */
  public Certificate domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public Certificate domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * Domain information that domain name registrars use to verify your identity.
   *
   * <p>In order for a AWS::CertificateManager::Certificate to be provisioned and validated in
   * CloudFormation automatically, the <code>DomainName</code> property needs to be identical to one
   * of the <code>DomainName</code> property supplied in DomainValidationOptions, if the
   * ValidationMethod is <b>DNS</b>. Failing to keep them like-for-like will result in failure to
   * create the domain validation records in Route53.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DomainValidationOptions}.
   */
  public Certificate domainValidationOptions(List<DomainValidationOption> value) {
    return set("DomainValidationOptions", Value.listOf(value));
  }

  /**
   * Sets {@code DomainValidationOptions} to this value; see {@link #domainValidationOptions(List)}.
   */
  public Certificate domainValidationOptions(Value<List<DomainValidationOption>> value) {
    return set("DomainValidationOptions", value);
  }

  /**
   * Sets {@code DomainValidationOptions} to a list of these; see {@link
   * #domainValidationOptions(List)}.
   */
  public Certificate domainValidationOptions(DomainValidationOption... values) {
    return set("DomainValidationOptions", Value.list(values));
  }

  /**
   * Specifies the algorithm of the public and private key pair that your certificate uses to
   * encrypt data. RSA is the default key algorithm for ACM certificates. Elliptic Curve Digital
   * Signature Algorithm (ECDSA) keys are smaller, offering security comparable to RSA keys but with
   * greater computing efficiency. However, ECDSA is not supported by all network clients. Some AWS
   * services may require RSA keys, or only support ECDSA keys of a particular size, while others
   * allow the use of either RSA and ECDSA keys to ensure that compatibility is not broken. Check
   * the requirements for the AWS service where you plan to deploy your certificate. For more
   * information about selecting an algorithm, see <a
   * href="https://docs.aws.amazon.com/acm/latest/userguide/acm-certificate-characteristics.html#algorithms-term">Key
   * algorithms</a> .
   *
   * <p>Algorithms supported for an ACM certificate request include: - <code>RSA_2048</code> -
   * <code>EC_prime256v1</code> - <code>EC_secp384r1</code> Other listed algorithms are for imported
   * certificates only. &gt; When you request a private PKI certificate signed by a CA from AWS
   * Private CA, the specified signing algorithm family (RSA or ECDSA) must match the algorithm
   * family of the CA's secret key.
   *
   * <p>Default: RSA_2048
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KeyAlgorithm}.
   */
  public Certificate keyAlgorithm(String value) {
    return set("KeyAlgorithm", Value.of(value));
  }

  /** Sets {@code KeyAlgorithm} to this value; see {@link #keyAlgorithm(String)}. */
  public Certificate keyAlgorithm(Value<String> value) {
    return set("KeyAlgorithm", value);
  }

  /**
   * Additional FQDNs to be included in the Subject Alternative Name extension of the ACM
   * certificate. For example, you can add www.example.net to a certificate for which the
   * <code>DomainName</code> field is www.example.com if users can reach your site by using either
   * name.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SubjectAlternativeNames}.
   */
  public Certificate subjectAlternativeNames(List<String> value) {
    return set("SubjectAlternativeNames", Value.listOf(value));
  }

  /**
   * Sets {@code SubjectAlternativeNames} to this value; see {@link #subjectAlternativeNames(List)}.
   */
  public Certificate subjectAlternativeNames(Value<List<String>> value) {
    return set("SubjectAlternativeNames", value);
  }

  /**
   * Key-value pairs that can identify the certificate.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Certificate tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Certificate tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Certificate tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The method you want to use to validate that you own or control the domain associated with a
   * public certificate. You can <a
   * href="https://docs.aws.amazon.com/acm/latest/userguide/gs-acm-validate-dns.html">validate with
   * DNS</a> or <a
   * href="https://docs.aws.amazon.com/acm/latest/userguide/gs-acm-validate-email.html">validate
   * with email</a> . We recommend that you use DNS validation.
   *
   * <p>If not specified, this property defaults to email validation.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ValidationMethod}.
   */
  public Certificate validationMethod(String value) {
    return set("ValidationMethod", Value.of(value));
  }

  /** Sets {@code ValidationMethod} to this value; see {@link #validationMethod(String)}. */
  public Certificate validationMethod(Value<String> value) {
    return set("ValidationMethod", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the private certificate authority (CA) that will be used to
   * issue the certificate.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CertificateArn}.
   */
  public Value<String> certificateArn() {
    return getAtt("CertificateArn");
  }

  /**
   * <code>DomainValidationOption</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-certificatemanager-certificate.html">AWS::CertificateManager::Certificate</a>
   * resource that specifies the Certificate Manager ( ACM ) certificate domain to validate.
   * Depending on the chosen validation method, ACM checks the domain's DNS record for a validation
   * CNAME, or it attempts to send a validation email message to the domain owner.
   *
   * <p>Property type {@code AWS::CertificateManager::Certificate.DomainValidationOption}.
   */
  public static final class DomainValidationOption extends Struct<DomainValidationOption> {
    private static final Schema SCHEMA = Schema.of("AWS::CertificateManager::Certificate.DomainValidationOption");

    public DomainValidationOption() {
      super(SCHEMA);
    }

    /**
     * A fully qualified domain name (FQDN) in the certificate request.
     *
     * <p>CloudFormation property {@code DomainName}.
     */
    public DomainValidationOption domainName(String value) {
      return set("DomainName", Value.of(value));
    }

    /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
    public DomainValidationOption domainName(Value<String> value) {
      return set("DomainName", value);
    }

    /**
     * The <code>HostedZoneId</code> option, which is available if you are using Route 53 as your
     * domain registrar, causes ACM to add your CNAME to the domain record. Your list of
     * <code>DomainValidationOptions</code> must contain one and only one of the domain-validation
     * options, and the <code>HostedZoneId</code> can be used only when <code>DNS</code> is
     * specified as your validation method.
     *
     * <p>Use the Route 53 <code>ListHostedZones</code> API to discover IDs for available hosted
     * zones.
     *
     * <p>This option is required for publicly trusted certificates.
     *
     * <p>The <code>ListHostedZones</code> API returns IDs in the format
     * "/hostedzone/Z111111QQQQQQQ", but CloudFormation requires the IDs to be in the format
     * "Z111111QQQQQQQ".
     *
     * <p>When you change your <code>DomainValidationOptions</code> , a new resource is created.
     *
     * <p>CloudFormation property {@code HostedZoneId}.
     */
    public DomainValidationOption hostedZoneId(String value) {
      return set("HostedZoneId", Value.of(value));
    }

    /** Sets {@code HostedZoneId} to this value; see {@link #hostedZoneId(String)}. */
    public DomainValidationOption hostedZoneId(Value<String> value) {
      return set("HostedZoneId", value);
    }

    /**
     * The domain name to which you want ACM to send validation emails. This domain name is the
     * suffix of the email addresses that you want ACM to use. This must be the same as the
     * <code>DomainName</code> value or a superdomain of the <code>DomainName</code> value. For
     * example, if you request a certificate for <code>testing.example.com</code> , you can specify
     * <code>example.com</code> as this value. In that case, ACM sends domain validation emails to
     * the following five addresses:
     *
     * <ul> <li>admin&#64;example.com <li>administrator&#64;example.com
     * <li>hostmaster&#64;example.com <li>postmaster&#64;example.com <li>webmaster&#64;example.com
     * </ul>
     *
     * <p>CloudFormation property {@code ValidationDomain}.
     */
    public DomainValidationOption validationDomain(String value) {
      return set("ValidationDomain", Value.of(value));
    }

    /** Sets {@code ValidationDomain} to this value; see {@link #validationDomain(String)}. */
    public DomainValidationOption validationDomain(Value<String> value) {
      return set("ValidationDomain", value);
    }
  }
}
