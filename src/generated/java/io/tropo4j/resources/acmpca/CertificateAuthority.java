// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.acmpca;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;

/**
 * Use the <code>AWS::ACMPCA::CertificateAuthority</code> resource to create a private CA. Once the
 * CA exists, you can use the <code>AWS::ACMPCA::Certificate</code> resource to issue a new CA
 * certificate. Alternatively, you can issue a CA certificate using an on-premises CA, and then use
 * the <code>AWS::ACMPCA::CertificateAuthorityActivation</code> resource to import the new CA
 * certificate and activate the CA.
 *
 * <p>Before removing a <code>AWS::ACMPCA::CertificateAuthority</code> resource from the
 * CloudFormation stack, disable the affected CA. Otherwise, the action will fail. You can disable
 * the CA by removing its associated <code>AWS::ACMPCA::CertificateAuthorityActivation</code>
 * resource from CloudFormation.
 *
 * <p>CloudFormation type {@code AWS::ACMPCA::CertificateAuthority}.
 */
public final class CertificateAuthority extends Resource<CertificateAuthority> {
  private static final Schema SCHEMA = Schema.builder("AWS::ACMPCA::CertificateAuthority")
      .required("KeyAlgorithm", "SigningAlgorithm", "Subject", "Type")
      .allowed("KeyStorageSecurityStandard", "CCPC_LEVEL_1_OR_HIGHER",
          "FIPS_140_2_LEVEL_2_OR_HIGHER", "FIPS_140_2_LEVEL_3_OR_HIGHER")
      .allowed("UsageMode", "GENERAL_PURPOSE", "SHORT_LIVED_CERTIFICATE")
      .refYields("Arn")
      .attributes("Arn", "CertificateSigningRequest")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CertificateAuthority(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies information to be added to the extension section of the certificate signing request
   * (CSR).
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CsrExtensions}.
   */
  public CertificateAuthority csrExtensions(Value<CsrExtensions> value) {
    return set("CsrExtensions", value);
  }

  /**
   * Type of the public key algorithm and size, in bits, of the key pair that your CA creates when
   * it issues a certificate. When you create a subordinate CA, you must use a key algorithm
   * supported by the parent CA.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code KeyAlgorithm}.
   */
  public CertificateAuthority keyAlgorithm(String value) {
    return set("KeyAlgorithm", Value.of(value));
  }

  /** Sets {@code KeyAlgorithm} to this value; see {@link #keyAlgorithm(String)}. */
  public CertificateAuthority keyAlgorithm(Value<String> value) {
    return set("KeyAlgorithm", value);
  }

  /**
   * Specifies a cryptographic key management compliance standard for handling and protecting CA
   * keys.
   *
   * <p>Default: FIPS_140_2_LEVEL_3_OR_HIGHER
   *
   * <p>Some AWS Regions don't support the default value. When you create a CA in these Regions, you
   * must use <code>CCPC_LEVEL_1_OR_HIGHER</code> for the <code>KeyStorageSecurityStandard</code>
   * parameter. If you don't, the operation returns an <code>InvalidArgsException</code> with this
   * message: "A certificate authority cannot be created in this region with the specified security
   * standard." For information about security standard support in different AWS Regions, see <a
   * href="https://docs.aws.amazon.com/privateca/latest/userguide/data-protection.html#private-keys">Storage
   * and security compliance of AWS Private CA private keys</a> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code CCPC_LEVEL_1_OR_HIGHER}, {@code
   * FIPS_140_2_LEVEL_2_OR_HIGHER}, {@code FIPS_140_2_LEVEL_3_OR_HIGHER}. CloudFormation property
   * {@code KeyStorageSecurityStandard}.
   */
  public CertificateAuthority keyStorageSecurityStandard(String value) {
    return set("KeyStorageSecurityStandard", Value.of(value));
  }

  /**
   * Sets {@code KeyStorageSecurityStandard} to this value; see {@link
   * #keyStorageSecurityStandard(String)}.
   */
  public CertificateAuthority keyStorageSecurityStandard(Value<String> value) {
    return set("KeyStorageSecurityStandard", value);
  }

  /**
   * Information about the Online Certificate Status Protocol (OCSP) configuration or certificate
   * revocation list (CRL) created and maintained by your private CA.
   *
   * <p>CloudFormation property {@code RevocationConfiguration}.
   */
  public CertificateAuthority revocationConfiguration(Value<RevocationConfiguration> value) {
    return set("RevocationConfiguration", value);
  }

  /**
   * Name of the algorithm your private CA uses to sign certificate requests.
   *
   * <p>This parameter should not be confused with the <code>SigningAlgorithm</code> parameter used
   * to sign certificates when they are issued.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * SigningAlgorithm}.
   */
  public CertificateAuthority signingAlgorithm(String value) {
    return set("SigningAlgorithm", Value.of(value));
  }

  /** Sets {@code SigningAlgorithm} to this value; see {@link #signingAlgorithm(String)}. */
  public CertificateAuthority signingAlgorithm(Value<String> value) {
    return set("SigningAlgorithm", value);
  }

  /**
   * Structure that contains X.500 distinguished name information for your private CA.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Subject}.
   */
  public CertificateAuthority subject(Value<Subject> value) {
    return set("Subject", value);
  }

  /**
   * Key-value pairs that will be attached to the new private CA. You can associate up to 50 tags
   * with a private CA. For information using tags with IAM to manage permissions, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_iam-tags.html">Controlling Access
   * Using IAM Tags</a> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CertificateAuthority tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CertificateAuthority tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CertificateAuthority tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Type of your private CA.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Type}.
   */
  public CertificateAuthority typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public CertificateAuthority typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * Specifies whether the CA issues general-purpose certificates that typically require a
   * revocation mechanism, or short-lived certificates that may optionally omit revocation because
   * they expire quickly. Short-lived certificate validity is limited to seven days.
   *
   * <p>The default value is GENERAL_PURPOSE.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code GENERAL_PURPOSE}, {@code
   * SHORT_LIVED_CERTIFICATE}. CloudFormation property {@code UsageMode}.
   */
  public CertificateAuthority usageMode(String value) {
    return set("UsageMode", Value.of(value));
  }

  /** Sets {@code UsageMode} to this value; see {@link #usageMode(String)}. */
  public CertificateAuthority usageMode(Value<String> value) {
    return set("UsageMode", value);
  }

  /**
   * The Amazon Resource Name (ARN) for the private CA that issued the certificate.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The Base64 PEM-encoded certificate signing request (CSR) for your certificate authority
   * certificate.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CertificateSigningRequest}.
   */
  public Value<String> certificateSigningRequest() {
    return getAtt("CertificateSigningRequest");
  }

  /**
   * Provides access information used by the <code>authorityInfoAccess</code> and
   * <code>subjectInfoAccess</code> extensions described in <a
   * href="https://docs.aws.amazon.com/https://datatracker.ietf.org/doc/html/rfc5280">RFC 5280</a> .
   *
   * <p>Property type {@code AWS::ACMPCA::CertificateAuthority.AccessDescription}.
   */
  public static final class AccessDescription extends Struct<AccessDescription> {
    private static final Schema SCHEMA = Schema.builder("AWS::ACMPCA::CertificateAuthority.AccessDescription")
        .required("AccessLocation", "AccessMethod")
        .build();

    public AccessDescription() {
      super(SCHEMA);
    }

    /**
     * The location of <code>AccessDescription</code> information.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * AccessLocation}.
     */
    public AccessDescription accessLocation(Value<GeneralName> value) {
      return set("AccessLocation", value);
    }

    /**
     * The type and format of <code>AccessDescription</code> information.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code AccessMethod}.
     */
    public AccessDescription accessMethod(Value<AccessMethod> value) {
      return set("AccessMethod", value);
    }
  }

  /**
   * Describes the type and format of extension access. Only one of
   * <code>CustomObjectIdentifier</code> or <code>AccessMethodType</code> may be provided. Providing
   * both results in <code>InvalidArgsException</code> .
   *
   * <p>Property type {@code AWS::ACMPCA::CertificateAuthority.AccessMethod}.
   */
  public static final class AccessMethod extends Struct<AccessMethod> {
    private static final Schema SCHEMA = Schema.of("AWS::ACMPCA::CertificateAuthority.AccessMethod");

    public AccessMethod() {
      super(SCHEMA);
    }

    /**
     * Specifies the <code>AccessMethod</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AccessMethodType}.
     */
    public AccessMethod accessMethodType(String value) {
      return set("AccessMethodType", Value.of(value));
    }

    /** Sets {@code AccessMethodType} to this value; see {@link #accessMethodType(String)}. */
    public AccessMethod accessMethodType(Value<String> value) {
      return set("AccessMethodType", value);
    }

    /**
     * An object identifier (OID) specifying the <code>AccessMethod</code> . The OID must satisfy
     * the regular expression shown below. For more information, see NIST's definition of <a
     * href="https://docs.aws.amazon.com/https://csrc.nist.gov/glossary/term/Object_Identifier">Object
     * Identifier (OID)</a> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code CustomObjectIdentifier}.
     */
    public AccessMethod customObjectIdentifier(String value) {
      return set("CustomObjectIdentifier", Value.of(value));
    }

    /**
     * Sets {@code CustomObjectIdentifier} to this value; see {@link
     * #customObjectIdentifier(String)}.
     */
    public AccessMethod customObjectIdentifier(Value<String> value) {
      return set("CustomObjectIdentifier", value);
    }
  }

  /**
   * Contains configuration information for a certificate revocation list (CRL). Your private
   * certificate authority (CA) creates base CRLs. Delta CRLs are not supported. You can enable CRLs
   * for your new or an existing private CA by setting the <em>Enabled</em> parameter to
   * <code>true</code> . Your private CA writes CRLs to an S3 bucket that you specify in the
   * <em>S3BucketName</em> parameter. You can hide the name of your bucket by specifying a value for
   * the <em>CustomCname</em> parameter. Your private CA by default copies the CNAME or the S3
   * bucket name to the <em>CRL Distribution Points</em> extension of each certificate it issues. If
   * you want to configure this default behavior to be something different, you can set the
   * <em>CrlDistributionPointExtensionConfiguration</em> parameter. Your S3 bucket policy must give
   * write permission to AWS Private CA.
   *
   * <p>AWS Private CA assets that are stored in Amazon S3 can be protected with encryption. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/privateca/latest/userguide/PcaCreateCa.html#crl-encryption">Encrypting
   * Your CRLs</a> .
   *
   * <p>Your private CA uses the value in the <em>ExpirationInDays</em> parameter to calculate the
   * <em>nextUpdate</em> field in the CRL. The CRL is refreshed prior to a certificate's expiration
   * date or when a certificate is revoked. When a certificate is revoked, it appears in the CRL
   * until the certificate expires, and then in one additional CRL after expiration, and it always
   * appears in the audit report.
   *
   * <p>A CRL is typically updated approximately 30 minutes after a certificate is revoked. If for
   * any reason a CRL update fails, AWS Private CA makes further attempts every 15 minutes.
   *
   * <p>CRLs contain the following fields:
   *
   * <ul> <li><em>Version</em> : The current version number defined in RFC 5280 is V2. The integer
   * value is 0x1. <li><em>Signature Algorithm</em> : The name of the algorithm used to sign the
   * CRL. <li><em>Issuer</em> : The X.500 distinguished name of your private CA that issued the CRL.
   * <li><em>Last Update</em> : The issue date and time of this CRL. <li><em>Next Update</em> : The
   * day and time by which the next CRL will be issued. <li><em>Revoked Certificates</em> : List of
   * revoked certificates. Each list item contains the following information. </ul>
   *
   * <ul> <li><em>Serial Number</em> : The serial number, in hexadecimal format, of the revoked
   * certificate. <li><em>Revocation Date</em> : Date and time the certificate was revoked.
   * <li><em>CRL Entry Extensions</em> : Optional extensions for the CRL entry. </ul>
   *
   * <ul> <li><em>X509v3 CRL Reason Code</em> : Reason the certificate was revoked. <li><em>CRL
   * Extensions</em> : Optional extensions for the CRL. </ul>
   *
   * <ul> <li><em>X509v3 Authority Key Identifier</em> : Identifies the public key associated with
   * the private key used to sign the certificate. <li><em>X509v3 CRL Number:</em> : Decimal
   * sequence number for the CRL. <li><em>Signature Algorithm</em> : Algorithm used by your private
   * CA to sign the CRL. <li><em>Signature Value</em> : Signature computed over the CRL. </ul>
   *
   * <p>Certificate revocation lists created by AWS Private CA are DER-encoded. You can use the
   * following OpenSSL command to list a CRL.
   *
   * <p><code>openssl crl -inform DER -text -in <em>crl_path</em> -noout</code>
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/privateca/latest/userguide/crl-planning.html">Planning a
   * certificate revocation list (CRL)</a> in the <em>AWS Private Certificate Authority User
   * Guide</em>
   *
   * <p>Property type {@code AWS::ACMPCA::CertificateAuthority.CrlConfiguration}.
   */
  public static final class CrlConfiguration extends Struct<CrlConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ACMPCA::CertificateAuthority.CrlConfiguration")
        .required("Enabled")
        .allowed("CrlType", "COMPLETE", "PARTITIONED")
        .constrain("CustomCname", Constraint.of().pattern("^[-a-zA-Z0-9;/?:@&=+$,%_.!~*()']*$").minLength(0).maxLength(253))
        .constrain("CustomPath", Constraint.of().pattern("^(/|[-a-zA-Z0-9;?:@&=+$,%_.!~*()']+(/[-a-zA-Z0-9;?:@&=+$,%_.!~*()']+)*)$").minLength(0).maxLength(253))
        .constrain("ExpirationInDays", Constraint.of().minimum(1).maximum(5000))
        .constrain("S3BucketName", Constraint.of().pattern("^[-a-zA-Z0-9._/]+$").minLength(3).maxLength(255).format("AWS::S3::Bucket.Name"))
        .references("S3BucketName", "AWS::S3::Bucket.Ref")
        .allowed("S3ObjectAcl", "BUCKET_OWNER_FULL_CONTROL", "PUBLIC_READ")
        .build();

    public CrlConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configures the default behavior of the CRL Distribution Point extension for certificates
     * issued by your CA. If this field is not provided, then the CRL Distribution Point extension
     * will be present and contain the default CRL URL.
     *
     * <p>CloudFormation property {@code CrlDistributionPointExtensionConfiguration}.
     */
    public CrlConfiguration crlDistributionPointExtensionConfiguration(Value<CrlDistributionPointExtensionConfiguration> value) {
      return set("CrlDistributionPointExtensionConfiguration", value);
    }

    /**
     * Specifies the type of CRL. This setting determines the maximum number of certificates that
     * the certificate authority can issue and revoke. For more information, see <a
     * href="https://docs.aws.amazon.com/general/latest/gr/pca.html#limits_pca">AWS Private CA
     * quotas</a> .
     *
     * <ul> <li><code>COMPLETE</code> - The default setting. AWS Private CA maintains a single CRL
     * file for all unexpired certificates issued by a CA that have been revoked for any reason.
     * Each certificate that AWS Private CA issues is bound to a specific CRL through the CRL
     * distribution point (CDP) defined in <a
     * href="https://docs.aws.amazon.com/https://datatracker.ietf.org/doc/html/rfc5280">RFC 5280</a>
     * . <li><code>PARTITIONED</code> - Compared to complete CRLs, partitioned CRLs dramatically
     * increase the number of certificates your private CA can issue. </ul>
     *
     * <p>When using partitioned CRLs, you must validate that the CRL's associated issuing
     * distribution point (IDP) URI matches the certiﬁcate's CDP URI to ensure the right CRL has
     * been fetched. AWS Private CA marks the IDP extension as critical, which your client must be
     * able to process.
     *
     * <p>Allowed values: {@code COMPLETE}, {@code PARTITIONED}. CloudFormation property {@code
     * CrlType}.
     */
    public CrlConfiguration crlType(String value) {
      return set("CrlType", Value.of(value));
    }

    /** Sets {@code CrlType} to this value; see {@link #crlType(String)}. */
    public CrlConfiguration crlType(Value<String> value) {
      return set("CrlType", value);
    }

    /**
     * Name inserted into the certificate <em>CRL Distribution Points</em> extension that enables
     * the use of an alias for the CRL distribution point. Use this value if you don't want the name
     * of your S3 bucket to be public.
     *
     * <p>The content of a Canonical Name (CNAME) record must conform to <a
     * href="https://docs.aws.amazon.com/https://www.ietf.org/rfc/rfc2396.txt">RFC2396</a>
     * restrictions on the use of special characters in URIs. Additionally, the value of the CNAME
     * must not include a protocol prefix such as "http://" or "https://".
     *
     * <p>Length: 0 to 253 characters. Pattern: {@code ^[-a-zA-Z0-9;/?:&#64;&amp;=+$,%_.!~*()']*$}.
     * CloudFormation property {@code CustomCname}.
     */
    public CrlConfiguration customCname(String value) {
      return set("CustomCname", Value.of(value));
    }

    /** Sets {@code CustomCname} to this value; see {@link #customCname(String)}. */
    public CrlConfiguration customCname(Value<String> value) {
      return set("CustomCname", value);
    }

    /**
     * Designates a custom file path in S3 for CRL(s). For example,
     * <code>http://&lt;CustomName&gt;/&lt;CustomPath&gt;/&lt;CrlPartition_GUID&gt;.crl</code> .
     *
     * <p>Length: 0 to 253 characters. Pattern: {@code
     * ^(/|[-a-zA-Z0-9;?:&#64;&amp;=+$,%_.!~*()']+(/[-a-zA-Z0-9;?:&#64;&amp;=+$,%_.!~*()']+)*)$}.
     * CloudFormation property {@code CustomPath}.
     */
    public CrlConfiguration customPath(String value) {
      return set("CustomPath", Value.of(value));
    }

    /** Sets {@code CustomPath} to this value; see {@link #customPath(String)}. */
    public CrlConfiguration customPath(Value<String> value) {
      return set("CustomPath", value);
    }

    /**
     * Boolean value that specifies whether certificate revocation lists (CRLs) are enabled. You can
     * use this value to enable certificate revocation for a new CA when you call the
     * <code>CreateCertificateAuthority</code> operation or for an existing CA when you call the
     * <code>UpdateCertificateAuthority</code> operation.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public CrlConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public CrlConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * Validity period of the CRL in days.
     *
     * <p>Range: 1 to 5000. CloudFormation property {@code ExpirationInDays}.
     */
    public CrlConfiguration expirationInDays(int value) {
      return set("ExpirationInDays", Value.of(value));
    }

    /** Sets {@code ExpirationInDays} to this value; see {@link #expirationInDays(int)}. */
    public CrlConfiguration expirationInDays(Value<Integer> value) {
      return set("ExpirationInDays", value);
    }

    /**
     * Name of the S3 bucket that contains the CRL. If you do not provide a value for the
     * <em>CustomCname</em> argument, the name of your S3 bucket is placed into the <em>CRL
     * Distribution Points</em> extension of the issued certificate. You can change the name of your
     * bucket by calling the <a
     * href="https://docs.aws.amazon.com/privateca/latest/APIReference/API_UpdateCertificateAuthority.html">UpdateCertificateAuthority</a>
     * operation. You must specify a <a
     * href="https://docs.aws.amazon.com/privateca/latest/userguide/PcaCreateCa.html#s3-policies">bucket
     * policy</a> that allows AWS Private CA to write the CRL to your bucket.
     *
     * <p>The <code>S3BucketName</code> parameter must conform to the <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html">S3 bucket
     * naming rules</a> .
     *
     * <p>Length: 3 to 255 characters. Pattern: {@code ^[-a-zA-Z0-9._/]+$}. Format: {@code
     * AWS::S3::Bucket.Name}. CloudFormation property {@code S3BucketName}.
     */
    public CrlConfiguration s3BucketName(String value) {
      return set("S3BucketName", Value.of(value));
    }

    /** Sets {@code S3BucketName} to this value; see {@link #s3BucketName(String)}. */
    public CrlConfiguration s3BucketName(Value<String> value) {
      return set("S3BucketName", value);
    }

    /**
     * Sets {@code S3BucketName} to the Ref of {@code AWS::S3::Bucket}; see {@link
     * #s3BucketName(String)}.
     */
    public CrlConfiguration s3BucketName(Bucket resource) {
      return set("S3BucketName", resource.ref());
    }

    /**
     * Determines whether the CRL will be publicly readable or privately held in the CRL Amazon S3
     * bucket. If you choose PUBLIC_READ, the CRL will be accessible over the public internet. If
     * you choose BUCKET_OWNER_FULL_CONTROL, only the owner of the CRL S3 bucket can access the CRL,
     * and your PKI clients may need an alternative method of access.
     *
     * <p>If no value is specified, the default is PUBLIC_READ.
     *
     * <p><em>Note:</em> This default can cause CA creation to fail in some circumstances. If you
     * have have enabled the Block Public Access (BPA) feature in your S3 account, then you must
     * specify the value of this parameter as <code>BUCKET_OWNER_FULL_CONTROL</code> , and not doing
     * so results in an error. If you have disabled BPA in S3, then you can specify either
     * <code>BUCKET_OWNER_FULL_CONTROL</code> or <code>PUBLIC_READ</code> as the value.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/privateca/latest/userguide/PcaCreateCa.html#s3-bpa">Blocking
     * public access to the S3 bucket</a> .
     *
     * <p>Allowed values: {@code BUCKET_OWNER_FULL_CONTROL}, {@code PUBLIC_READ}. CloudFormation
     * property {@code S3ObjectAcl}.
     */
    public CrlConfiguration s3ObjectAcl(String value) {
      return set("S3ObjectAcl", Value.of(value));
    }

    /** Sets {@code S3ObjectAcl} to this value; see {@link #s3ObjectAcl(String)}. */
    public CrlConfiguration s3ObjectAcl(Value<String> value) {
      return set("S3ObjectAcl", value);
    }
  }

  /**
   * Contains configuration information for the default behavior of the CRL Distribution Point (CDP)
   * extension in certificates issued by your CA. This extension contains a link to download the
   * CRL, so you can check whether a certificate has been revoked. To choose whether you want this
   * extension omitted or not in certificates issued by your CA, you can set the
   * <em>OmitExtension</em> parameter.
   *
   * <p>Property type {@code
   * AWS::ACMPCA::CertificateAuthority.CrlDistributionPointExtensionConfiguration}.
   */
  public static final class CrlDistributionPointExtensionConfiguration extends Struct<CrlDistributionPointExtensionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ACMPCA::CertificateAuthority.CrlDistributionPointExtensionConfiguration")
        .required("OmitExtension")
        .build();

    public CrlDistributionPointExtensionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configures whether the CRL Distribution Point extension should be populated with the default
     * URL to the CRL. If set to <code>true</code> , then the CDP extension will not be present in
     * any certificates issued by that CA unless otherwise specified through CSR or API passthrough.
     *
     * <p>Only set this if you have another way to distribute the CRL Distribution Points for
     * certificates issued by your CA, such as the Matter Distributed Compliance Ledger. This
     * configuration cannot be enabled with a custom CNAME set.
     *
     * <p>Required. CloudFormation property {@code OmitExtension}.
     */
    public CrlDistributionPointExtensionConfiguration omitExtension(boolean value) {
      return set("OmitExtension", Value.of(value));
    }

    /** Sets {@code OmitExtension} to this value; see {@link #omitExtension(boolean)}. */
    public CrlDistributionPointExtensionConfiguration omitExtension(Value<Boolean> value) {
      return set("OmitExtension", value);
    }
  }

  /**
   * Describes the certificate extensions to be added to the certificate signing request (CSR).
   *
   * <p>Property type {@code AWS::ACMPCA::CertificateAuthority.CsrExtensions}.
   */
  public static final class CsrExtensions extends Struct<CsrExtensions> {
    private static final Schema SCHEMA = Schema.of("AWS::ACMPCA::CertificateAuthority.CsrExtensions");

    public CsrExtensions() {
      super(SCHEMA);
    }

    /**
     * Indicates the purpose of the certificate and of the key contained in the certificate.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code KeyUsage}.
     */
    public CsrExtensions keyUsage(Value<KeyUsage> value) {
      return set("KeyUsage", value);
    }

    /**
     * For CA certificates, provides a path to additional information pertaining to the CA, such as
     * revocation and policy. For more information, see <a
     * href="https://docs.aws.amazon.com/https://datatracker.ietf.org/doc/html/rfc5280#section-4.2.2.2">Subject
     * Information Access</a> in RFC 5280.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * SubjectInformationAccess}.
     */
    public CsrExtensions subjectInformationAccess(List<AccessDescription> value) {
      return set("SubjectInformationAccess", Value.listOf(value));
    }

    /**
     * Sets {@code SubjectInformationAccess} to this value; see {@link
     * #subjectInformationAccess(List)}.
     */
    public CsrExtensions subjectInformationAccess(Value<List<AccessDescription>> value) {
      return set("SubjectInformationAccess", value);
    }

    /**
     * Sets {@code SubjectInformationAccess} to a list of these; see {@link
     * #subjectInformationAccess(List)}.
     */
    public CsrExtensions subjectInformationAccess(AccessDescription... values) {
      return set("SubjectInformationAccess", Value.list(values));
    }
  }

  /**
   * Defines the X.500 relative distinguished name (RDN).
   *
   * <p>Property type {@code AWS::ACMPCA::CertificateAuthority.CustomAttribute}.
   */
  public static final class CustomAttribute extends Struct<CustomAttribute> {
    private static final Schema SCHEMA = Schema.builder("AWS::ACMPCA::CertificateAuthority.CustomAttribute")
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
   * Describes an Electronic Data Interchange (EDI) entity as described in as defined in <a
   * href="https://docs.aws.amazon.com/https://datatracker.ietf.org/doc/html/rfc5280">Subject
   * Alternative Name</a> in RFC 5280.
   *
   * <p>Property type {@code AWS::ACMPCA::CertificateAuthority.EdiPartyName}.
   */
  public static final class EdiPartyName extends Struct<EdiPartyName> {
    private static final Schema SCHEMA = Schema.builder("AWS::ACMPCA::CertificateAuthority.EdiPartyName")
        .required("PartyName")
        .build();

    public EdiPartyName() {
      super(SCHEMA);
    }

    /**
     * Specifies the name assigner.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code NameAssigner}.
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
   * Describes an ASN.1 X.400 <code>GeneralName</code> as defined in <a
   * href="https://docs.aws.amazon.com/https://datatracker.ietf.org/doc/html/rfc5280">RFC 5280</a> .
   * Only one of the following naming options should be provided. Providing more than one option
   * results in an <code>InvalidArgsException</code> error.
   *
   * <p>Property type {@code AWS::ACMPCA::CertificateAuthority.GeneralName}.
   */
  public static final class GeneralName extends Struct<GeneralName> {
    private static final Schema SCHEMA = Schema.of("AWS::ACMPCA::CertificateAuthority.GeneralName");

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
   * <p>Property type {@code AWS::ACMPCA::CertificateAuthority.KeyUsage}.
   */
  public static final class KeyUsage extends Struct<KeyUsage> {
    private static final Schema SCHEMA = Schema.of("AWS::ACMPCA::CertificateAuthority.KeyUsage");

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
   * Contains information to enable and configure Online Certificate Status Protocol (OCSP) for
   * validating certificate revocation status.
   *
   * <p>Property type {@code AWS::ACMPCA::CertificateAuthority.OcspConfiguration}.
   */
  public static final class OcspConfiguration extends Struct<OcspConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ACMPCA::CertificateAuthority.OcspConfiguration")
        .required("Enabled")
        .constrain("OcspCustomCname", Constraint.of().pattern("^[-a-zA-Z0-9;/?:@&=+$,%_.!~*()']*$").minLength(0).maxLength(253))
        .build();

    public OcspConfiguration() {
      super(SCHEMA);
    }

    /**
     * Flag enabling use of the Online Certificate Status Protocol (OCSP) for validating certificate
     * revocation status.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public OcspConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public OcspConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * By default, AWS Private CA injects an Amazon domain into certificates being validated by the
     * Online Certificate Status Protocol (OCSP). A customer can alternatively use this object to
     * define a CNAME specifying a customized OCSP domain.
     *
     * <p>The content of a Canonical Name (CNAME) record must conform to <a
     * href="https://docs.aws.amazon.com/https://www.ietf.org/rfc/rfc2396.txt">RFC2396</a>
     * restrictions on the use of special characters in URIs. Additionally, the value of the CNAME
     * must not include a protocol prefix such as "http://" or "https://".
     *
     * <p>Length: 0 to 253 characters. Pattern: {@code ^[-a-zA-Z0-9;/?:&#64;&amp;=+$,%_.!~*()']*$}.
     * CloudFormation property {@code OcspCustomCname}.
     */
    public OcspConfiguration ocspCustomCname(String value) {
      return set("OcspCustomCname", Value.of(value));
    }

    /** Sets {@code OcspCustomCname} to this value; see {@link #ocspCustomCname(String)}. */
    public OcspConfiguration ocspCustomCname(Value<String> value) {
      return set("OcspCustomCname", value);
    }
  }

  /**
   * Defines a custom ASN.1 X.400 <code>GeneralName</code> using an object identifier (OID) and
   * value. The OID must satisfy the regular expression shown below. For more information, see
   * NIST's definition of <a
   * href="https://docs.aws.amazon.com/https://csrc.nist.gov/glossary/term/Object_Identifier">Object
   * Identifier (OID)</a> .
   *
   * <p>Property type {@code AWS::ACMPCA::CertificateAuthority.OtherName}.
   */
  public static final class OtherName extends Struct<OtherName> {
    private static final Schema SCHEMA = Schema.builder("AWS::ACMPCA::CertificateAuthority.OtherName")
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
   * Certificate revocation information used by the <a
   * href="https://docs.aws.amazon.com/privateca/latest/APIReference/API_CreateCertificateAuthority.html">CreateCertificateAuthority</a>
   * and <a
   * href="https://docs.aws.amazon.com/privateca/latest/APIReference/API_UpdateCertificateAuthority.html">UpdateCertificateAuthority</a>
   * actions. Your private certificate authority (CA) can configure Online Certificate Status
   * Protocol (OCSP) support and/or maintain a certificate revocation list (CRL). OCSP returns
   * validation information about certificates as requested by clients, and a CRL contains an
   * updated list of certificates revoked by your CA. For more information, see <a
   * href="https://docs.aws.amazon.com/privateca/latest/APIReference/API_RevokeCertificate.html">RevokeCertificate</a>
   * in the <em>AWS Private CA API Reference</em> and <a
   * href="https://docs.aws.amazon.com/privateca/latest/userguide/revocation-setup.html">Setting up
   * a certificate revocation method</a> in the <em>AWS Private CA User Guide</em> .
   *
   * <p>The following requirements and constraints apply to revocation configurations.
   *
   * <ul> <li>A configuration disabling CRLs or OCSP must contain only the
   * <code>Enabled=False</code> parameter, and will fail if other parameters such as
   * <code>CustomCname</code> or <code>ExpirationInDays</code> are included. <li>In a CRL
   * configuration, the <code>S3BucketName</code> parameter must conform to the <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html">Amazon S3
   * bucket naming rules</a> . <li>A configuration containing a custom Canonical Name (CNAME)
   * parameter for CRLs or OCSP must conform to <a
   * href="https://docs.aws.amazon.com/https://www.ietf.org/rfc/rfc2396.txt">RFC2396</a>
   * restrictions on the use of special characters in a CNAME. <li>In a CRL or OCSP configuration,
   * the value of a CNAME parameter must not include a protocol prefix such as "http://" or
   * "https://". <li>To revoke a certificate, delete the resource from your template, and call the
   * AWS Private CA <a
   * href="https://docs.aws.amazon.com/privateca/latest/APIReference/API_RevokeCertificate.html">RevokeCertificate</a>
   * API and specify the resource's certificate authority ARN. </ul>
   *
   * <p>Property type {@code AWS::ACMPCA::CertificateAuthority.RevocationConfiguration}.
   */
  public static final class RevocationConfiguration extends Struct<RevocationConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ACMPCA::CertificateAuthority.RevocationConfiguration");

    public RevocationConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration of the certificate revocation list (CRL), if any, maintained by your private
     * CA.
     *
     * <p>CloudFormation property {@code CrlConfiguration}.
     */
    public RevocationConfiguration crlConfiguration(Value<CrlConfiguration> value) {
      return set("CrlConfiguration", value);
    }

    /**
     * Configuration of Online Certificate Status Protocol (OCSP) support, if any, maintained by
     * your private CA.
     *
     * <p>CloudFormation property {@code OcspConfiguration}.
     */
    public RevocationConfiguration ocspConfiguration(Value<OcspConfiguration> value) {
      return set("OcspConfiguration", value);
    }
  }

  /**
   * ASN1 subject for the certificate authority.
   *
   * <p>Property type {@code AWS::ACMPCA::CertificateAuthority.Subject}.
   */
  public static final class Subject extends Struct<Subject> {
    private static final Schema SCHEMA = Schema.of("AWS::ACMPCA::CertificateAuthority.Subject");

    public Subject() {
      super(SCHEMA);
    }

    /**
     * Fully qualified domain name (FQDN) associated with the certificate subject.
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
     * Concatenation that typically contains the first letter of the GivenName, the first letter of
     * the middle name if one exists, and the first letter of the SurName.
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
     * Typically a shortened version of a longer GivenName. For example, Jonathan is often shortened
     * to John. Elizabeth is often shortened to Beth, Liz, or Eliza.
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
     * Family name.
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
     * A personal title such as Mr.
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
}
