// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pcaconnectorad;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates an Active Directory compatible certificate template. The connectors issues certificates
 * using these templates based on the requester’s Active Directory group membership.
 *
 * <p>CloudFormation type {@code AWS::PCAConnectorAD::Template}.
 */
public final class Template extends Resource<Template> {
  private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorAD::Template")
      .required("ConnectorArn", "Definition", "Name")
      .constrain("ConnectorArn", Constraint.of().pattern("^arn:[\\w-]+:pca-connector-ad:[\\w-]+:[0-9]+:connector\\/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$").minLength(5).maxLength(200))
      .constrain("Name", Constraint.of().pattern("^(?!^\\s+$)((?![\\x5c'\\x2b,;<=>#\\x22])([\\x20-\\x7E]))+$").minLength(1).maxLength(64))
      .refYields("TemplateArn")
      .attributes("TemplateArn")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Template(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) that was returned when you called <a
   * href="https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_CreateConnector.html">CreateConnector</a>
   * .
   *
   * <p>Required. Changing it replaces the resource. Length: 5 to 200 characters. Pattern: {@code
   * ^arn:[&#92;w-]+:pca-connector-ad:[&#92;w-]+:[0-9]+:connector&#92;/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$}.
   * CloudFormation property {@code ConnectorArn}.
   */
  public Template connectorArn(String value) {
    return set("ConnectorArn", Value.of(value));
  }

  /** Sets {@code ConnectorArn} to this value; see {@link #connectorArn(String)}. */
  public Template connectorArn(Value<String> value) {
    return set("ConnectorArn", value);
  }

  /**
   * Template configuration to define the information included in certificates. Define certificate
   * validity and renewal periods, certificate request handling and enrollment options, key usage
   * extensions, application policies, and cryptography settings.
   *
   * <p>Required. CloudFormation property {@code Definition}.
   */
  public Template definition(Value<TemplateDefinition> value) {
    return set("Definition", value);
  }

  /**
   * Name of the templates. Template names must be unique.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^(?!^&#92;s+$)((?![&#92;x5c'&#92;x2b,;&lt;=&gt;#&#92;x22])([&#92;x20-&#92;x7E]))+$}.
   * CloudFormation property {@code Name}.
   */
  public Template name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Template name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * This setting allows the major version of a template to be increased automatically. All members
   * of Active Directory groups that are allowed to enroll with a template will receive a new
   * certificate issued using that template.
   *
   * <p>CloudFormation property {@code ReenrollAllCertificateHolders}.
   */
  public Template reenrollAllCertificateHolders(boolean value) {
    return set("ReenrollAllCertificateHolders", Value.of(value));
  }

  /**
   * Sets {@code ReenrollAllCertificateHolders} to this value; see {@link
   * #reenrollAllCertificateHolders(boolean)}.
   */
  public Template reenrollAllCertificateHolders(Value<Boolean> value) {
    return set("ReenrollAllCertificateHolders", value);
  }

  /**
   * Metadata assigned to a template consisting of a key-value pair.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Template tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Template tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Template tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) that was returned when you called <a
   * href="https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_CreateTemplate.html">CreateTemplate</a>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code TemplateArn}.
   */
  public Value<String> templateArn() {
    return getAtt("TemplateArn");
  }

  /**
   * Application policies describe what the certificate can be used for.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.ApplicationPolicies}.
   */
  public static final class ApplicationPolicies extends Struct<ApplicationPolicies> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorAD::Template.ApplicationPolicies")
        .required("Policies")
        .build();

    public ApplicationPolicies() {
      super(SCHEMA);
    }

    /**
     * Marks the application policy extension as critical.
     *
     * <p>CloudFormation property {@code Critical}.
     */
    public ApplicationPolicies critical(boolean value) {
      return set("Critical", Value.of(value));
    }

    /** Sets {@code Critical} to this value; see {@link #critical(boolean)}. */
    public ApplicationPolicies critical(Value<Boolean> value) {
      return set("Critical", value);
    }

    /**
     * Application policies describe what the certificate can be used for.
     *
     * <p>Required. CloudFormation property {@code Policies}.
     */
    public ApplicationPolicies policies(List<ApplicationPolicy> value) {
      return set("Policies", Value.listOf(value));
    }

    /** Sets {@code Policies} to this value; see {@link #policies(List)}. */
    public ApplicationPolicies policies(Value<List<ApplicationPolicy>> value) {
      return set("Policies", value);
    }

    /** Sets {@code Policies} to a list of these; see {@link #policies(List)}. */
    public ApplicationPolicies policies(ApplicationPolicy... values) {
      return set("Policies", Value.list(values));
    }
  }

  /**
   * Application policies describe what the certificate can be used for.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.ApplicationPolicy}.
   */
  public static final class ApplicationPolicy extends Struct<ApplicationPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorAD::Template.ApplicationPolicy")
        .allowed("PolicyType", "ALL_APPLICATION_POLICIES", "ANY_PURPOSE",
            "ATTESTATION_IDENTITY_KEY_CERTIFICATE", "CERTIFICATE_REQUEST_AGENT",
            "CLIENT_AUTHENTICATION", "CODE_SIGNING", "CTL_USAGE", "DIGITAL_RIGHTS",
            "DIRECTORY_SERVICE_EMAIL_REPLICATION", "DISALLOWED_LIST", "DNS_SERVER_TRUST",
            "DOCUMENT_ENCRYPTION", "DOCUMENT_SIGNING", "DYNAMIC_CODE_GENERATOR",
            "EARLY_LAUNCH_ANTIMALWARE_DRIVER", "EMBEDDED_WINDOWS_SYSTEM_COMPONENT_VERIFICATION",
            "ENCLAVE", "ENCRYPTING_FILE_SYSTEM", "ENDORSEMENT_KEY_CERTIFICATE", "FILE_RECOVERY",
            "HAL_EXTENSION", "IP_SECURITY_END_SYSTEM", "IP_SECURITY_IKE_INTERMEDIATE",
            "IP_SECURITY_TUNNEL_TERMINATION", "IP_SECURITY_USER", "ISOLATED_USER_MODE",
            "KDC_AUTHENTICATION", "KERNEL_MODE_CODE_SIGNING", "KEY_PACK_LICENSES", "KEY_RECOVERY",
            "KEY_RECOVERY_AGENT", "LICENSE_SERVER_VERIFICATION", "LIFETIME_SIGNING",
            "MICROSOFT_PUBLISHER", "MICROSOFT_TIME_STAMPING", "MICROSOFT_TRUST_LIST_SIGNING",
            "OCSP_SIGNING", "OEM_WINDOWS_SYSTEM_COMPONENT_VERIFICATION", "PLATFORM_CERTIFICATE",
            "PREVIEW_BUILD_SIGNING", "PRIVATE_KEY_ARCHIVAL", "PROTECTED_PROCESS_LIGHT_VERIFICATION",
            "PROTECTED_PROCESS_VERIFICATION", "QUALIFIED_SUBORDINATION", "REVOKED_LIST_SIGNER",
            "ROOT_PROGRAM_AUTO_UPDATE_CA_REVOCATION", "ROOT_PROGRAM_AUTO_UPDATE_END_REVOCATION",
            "ROOT_PROGRAM_NO_OSCP_FAILOVER_TO_CRL", "ROOT_LIST_SIGNER", "SECURE_EMAIL",
            "SERVER_AUTHENTICATION", "SMART_CARD_LOGIN", "SPC_ENCRYPTED_DIGEST_RETRY_COUNT",
            "SPC_RELAXED_PE_MARKER_CHECK", "TIME_STAMPING",
            "WINDOWS_HARDWARE_DRIVER_ATTESTED_VERIFICATION",
            "WINDOWS_HARDWARE_DRIVER_EXTENDED_VERIFICATION", "WINDOWS_HARDWARE_DRIVER_VERIFICATION",
            "WINDOWS_HELLO_RECOVERY_KEY_ENCRYPTION", "WINDOWS_KITS_COMPONENT",
            "WINDOWS_RT_VERIFICATION", "WINDOWS_SOFTWARE_EXTENSION_VERIFICATION", "WINDOWS_STORE",
            "WINDOWS_SYSTEM_COMPONENT_VERIFICATION", "WINDOWS_TCB_COMPONENT",
            "WINDOWS_THIRD_PARTY_APPLICATION_COMPONENT", "WINDOWS_UPDATE")
        .build();

    public ApplicationPolicy() {
      super(SCHEMA);
    }

    /**
     * The object identifier (OID) of an application policy.
     *
     * <p>CloudFormation property {@code PolicyObjectIdentifier}.
     */
    public ApplicationPolicy policyObjectIdentifier(String value) {
      return set("PolicyObjectIdentifier", Value.of(value));
    }

    /**
     * Sets {@code PolicyObjectIdentifier} to this value; see {@link
     * #policyObjectIdentifier(String)}.
     */
    public ApplicationPolicy policyObjectIdentifier(Value<String> value) {
      return set("PolicyObjectIdentifier", value);
    }

    /**
     * The type of application policy
     *
     * <p>Allowed values: {@code ALL_APPLICATION_POLICIES}, {@code ANY_PURPOSE}, {@code
     * ATTESTATION_IDENTITY_KEY_CERTIFICATE}, {@code CERTIFICATE_REQUEST_AGENT}, {@code
     * CLIENT_AUTHENTICATION}, {@code CODE_SIGNING}, {@code CTL_USAGE}, {@code DIGITAL_RIGHTS},
     * {@code DIRECTORY_SERVICE_EMAIL_REPLICATION}, {@code DISALLOWED_LIST}, {@code
     * DNS_SERVER_TRUST}, {@code DOCUMENT_ENCRYPTION}, {@code DOCUMENT_SIGNING}, {@code
     * DYNAMIC_CODE_GENERATOR}, {@code EARLY_LAUNCH_ANTIMALWARE_DRIVER}, {@code
     * EMBEDDED_WINDOWS_SYSTEM_COMPONENT_VERIFICATION}, {@code ENCLAVE}, {@code
     * ENCRYPTING_FILE_SYSTEM}, {@code ENDORSEMENT_KEY_CERTIFICATE}, {@code FILE_RECOVERY}, {@code
     * HAL_EXTENSION}, {@code IP_SECURITY_END_SYSTEM}, {@code IP_SECURITY_IKE_INTERMEDIATE}, {@code
     * IP_SECURITY_TUNNEL_TERMINATION}, {@code IP_SECURITY_USER}, {@code ISOLATED_USER_MODE}, {@code
     * KDC_AUTHENTICATION}, {@code KERNEL_MODE_CODE_SIGNING}, {@code KEY_PACK_LICENSES}, {@code
     * KEY_RECOVERY}, {@code KEY_RECOVERY_AGENT}, {@code LICENSE_SERVER_VERIFICATION}, {@code
     * LIFETIME_SIGNING}, {@code MICROSOFT_PUBLISHER}, {@code MICROSOFT_TIME_STAMPING}, {@code
     * MICROSOFT_TRUST_LIST_SIGNING}, {@code OCSP_SIGNING}, {@code
     * OEM_WINDOWS_SYSTEM_COMPONENT_VERIFICATION}, {@code PLATFORM_CERTIFICATE}, {@code
     * PREVIEW_BUILD_SIGNING}, {@code PRIVATE_KEY_ARCHIVAL}, {@code
     * PROTECTED_PROCESS_LIGHT_VERIFICATION}, {@code PROTECTED_PROCESS_VERIFICATION}, {@code
     * QUALIFIED_SUBORDINATION}, {@code REVOKED_LIST_SIGNER}, {@code
     * ROOT_PROGRAM_AUTO_UPDATE_CA_REVOCATION}, {@code ROOT_PROGRAM_AUTO_UPDATE_END_REVOCATION},
     * {@code ROOT_PROGRAM_NO_OSCP_FAILOVER_TO_CRL}, {@code ROOT_LIST_SIGNER}, {@code SECURE_EMAIL},
     * {@code SERVER_AUTHENTICATION}, {@code SMART_CARD_LOGIN}, {@code
     * SPC_ENCRYPTED_DIGEST_RETRY_COUNT}, {@code SPC_RELAXED_PE_MARKER_CHECK}, {@code
     * TIME_STAMPING}, {@code WINDOWS_HARDWARE_DRIVER_ATTESTED_VERIFICATION}, {@code
     * WINDOWS_HARDWARE_DRIVER_EXTENDED_VERIFICATION}, {@code WINDOWS_HARDWARE_DRIVER_VERIFICATION},
     * {@code WINDOWS_HELLO_RECOVERY_KEY_ENCRYPTION}, {@code WINDOWS_KITS_COMPONENT}, {@code
     * WINDOWS_RT_VERIFICATION}, {@code WINDOWS_SOFTWARE_EXTENSION_VERIFICATION}, {@code
     * WINDOWS_STORE}, {@code WINDOWS_SYSTEM_COMPONENT_VERIFICATION}, {@code WINDOWS_TCB_COMPONENT},
     * {@code WINDOWS_THIRD_PARTY_APPLICATION_COMPONENT}, {@code WINDOWS_UPDATE}. CloudFormation
     * property {@code PolicyType}.
     */
    public ApplicationPolicy policyType(String value) {
      return set("PolicyType", Value.of(value));
    }

    /** Sets {@code PolicyType} to this value; see {@link #policyType(String)}. */
    public ApplicationPolicy policyType(Value<String> value) {
      return set("PolicyType", value);
    }
  }

  /**
   * Information describing the end of the validity period of the certificate. This parameter sets
   * the “Not After” date for the certificate. Certificate validity is the period of time during
   * which a certificate is valid. Validity can be expressed as an explicit date and time when the
   * certificate expires, or as a span of time after issuance, stated in days, months, or years. For
   * more information, see Validity in RFC 5280. This value is unaffected when ValidityNotBefore is
   * also specified. For example, if Validity is set to 20 days in the future, the certificate will
   * expire 20 days from issuance time regardless of the ValidityNotBefore value.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.CertificateValidity}.
   */
  public static final class CertificateValidity extends Struct<CertificateValidity> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorAD::Template.CertificateValidity")
        .required("RenewalPeriod", "ValidityPeriod")
        .build();

    public CertificateValidity() {
      super(SCHEMA);
    }

    /**
     * Renewal period is the period of time before certificate expiration when a new certificate
     * will be requested.
     *
     * <p>Required. CloudFormation property {@code RenewalPeriod}.
     */
    public CertificateValidity renewalPeriod(Value<ValidityPeriod> value) {
      return set("RenewalPeriod", value);
    }

    /**
     * Information describing the end of the validity period of the certificate. This parameter sets
     * the “Not After” date for the certificate. Certificate validity is the period of time during
     * which a certificate is valid. Validity can be expressed as an explicit date and time when the
     * certificate expires, or as a span of time after issuance, stated in days, months, or years.
     * For more information, see Validity in RFC 5280. This value is unaffected when
     * ValidityNotBefore is also specified. For example, if Validity is set to 20 days in the
     * future, the certificate will expire 20 days from issuance time regardless of the
     * ValidityNotBefore value.
     *
     * <p>Required. CloudFormation property {@code ValidityPeriod}.
     */
    public CertificateValidity validityPeriod(Value<ValidityPeriod> value) {
      return set("ValidityPeriod", value);
    }
  }

  /**
   * Template configurations for v2 template schema.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.EnrollmentFlagsV2}.
   */
  public static final class EnrollmentFlagsV2 extends Struct<EnrollmentFlagsV2> {
    private static final Schema SCHEMA = Schema.of("AWS::PCAConnectorAD::Template.EnrollmentFlagsV2");

    public EnrollmentFlagsV2() {
      super(SCHEMA);
    }

    /**
     * Allow renewal using the same key.
     *
     * <p>CloudFormation property {@code EnableKeyReuseOnNtTokenKeysetStorageFull}.
     */
    public EnrollmentFlagsV2 enableKeyReuseOnNtTokenKeysetStorageFull(boolean value) {
      return set("EnableKeyReuseOnNtTokenKeysetStorageFull", Value.of(value));
    }

    /**
     * Sets {@code EnableKeyReuseOnNtTokenKeysetStorageFull} to this value; see {@link
     * #enableKeyReuseOnNtTokenKeysetStorageFull(boolean)}.
     */
    public EnrollmentFlagsV2 enableKeyReuseOnNtTokenKeysetStorageFull(Value<Boolean> value) {
      return set("EnableKeyReuseOnNtTokenKeysetStorageFull", value);
    }

    /**
     * Include symmetric algorithms allowed by the subject.
     *
     * <p>CloudFormation property {@code IncludeSymmetricAlgorithms}.
     */
    public EnrollmentFlagsV2 includeSymmetricAlgorithms(boolean value) {
      return set("IncludeSymmetricAlgorithms", Value.of(value));
    }

    /**
     * Sets {@code IncludeSymmetricAlgorithms} to this value; see {@link
     * #includeSymmetricAlgorithms(boolean)}.
     */
    public EnrollmentFlagsV2 includeSymmetricAlgorithms(Value<Boolean> value) {
      return set("IncludeSymmetricAlgorithms", value);
    }

    /**
     * This flag instructs the CA to not include the security extension szOID_NTDS_CA_SECURITY_EXT
     * (OID:1.3.6.1.4.1.311.25.2), as specified in [MS-WCCE] sections 2.2.2.7.7.4 and
     * 3.2.2.6.2.1.4.5.9, in the issued certificate. This addresses a Windows Kerberos
     * elevation-of-privilege vulnerability.
     *
     * <p>CloudFormation property {@code NoSecurityExtension}.
     */
    public EnrollmentFlagsV2 noSecurityExtension(boolean value) {
      return set("NoSecurityExtension", Value.of(value));
    }

    /**
     * Sets {@code NoSecurityExtension} to this value; see {@link #noSecurityExtension(boolean)}.
     */
    public EnrollmentFlagsV2 noSecurityExtension(Value<Boolean> value) {
      return set("NoSecurityExtension", value);
    }

    /**
     * Delete expired or revoked certificates instead of archiving them.
     *
     * <p>CloudFormation property {@code RemoveInvalidCertificateFromPersonalStore}.
     */
    public EnrollmentFlagsV2 removeInvalidCertificateFromPersonalStore(boolean value) {
      return set("RemoveInvalidCertificateFromPersonalStore", Value.of(value));
    }

    /**
     * Sets {@code RemoveInvalidCertificateFromPersonalStore} to this value; see {@link
     * #removeInvalidCertificateFromPersonalStore(boolean)}.
     */
    public EnrollmentFlagsV2 removeInvalidCertificateFromPersonalStore(Value<Boolean> value) {
      return set("RemoveInvalidCertificateFromPersonalStore", value);
    }

    /**
     * Require user interaction when the subject is enrolled and the private key associated with the
     * certificate is used.
     *
     * <p>CloudFormation property {@code UserInteractionRequired}.
     */
    public EnrollmentFlagsV2 userInteractionRequired(boolean value) {
      return set("UserInteractionRequired", Value.of(value));
    }

    /**
     * Sets {@code UserInteractionRequired} to this value; see {@link
     * #userInteractionRequired(boolean)}.
     */
    public EnrollmentFlagsV2 userInteractionRequired(Value<Boolean> value) {
      return set("UserInteractionRequired", value);
    }
  }

  /**
   * Template configurations for v3 template schema.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.EnrollmentFlagsV3}.
   */
  public static final class EnrollmentFlagsV3 extends Struct<EnrollmentFlagsV3> {
    private static final Schema SCHEMA = Schema.of("AWS::PCAConnectorAD::Template.EnrollmentFlagsV3");

    public EnrollmentFlagsV3() {
      super(SCHEMA);
    }

    /**
     * Allow renewal using the same key.
     *
     * <p>CloudFormation property {@code EnableKeyReuseOnNtTokenKeysetStorageFull}.
     */
    public EnrollmentFlagsV3 enableKeyReuseOnNtTokenKeysetStorageFull(boolean value) {
      return set("EnableKeyReuseOnNtTokenKeysetStorageFull", Value.of(value));
    }

    /**
     * Sets {@code EnableKeyReuseOnNtTokenKeysetStorageFull} to this value; see {@link
     * #enableKeyReuseOnNtTokenKeysetStorageFull(boolean)}.
     */
    public EnrollmentFlagsV3 enableKeyReuseOnNtTokenKeysetStorageFull(Value<Boolean> value) {
      return set("EnableKeyReuseOnNtTokenKeysetStorageFull", value);
    }

    /**
     * Include symmetric algorithms allowed by the subject.
     *
     * <p>CloudFormation property {@code IncludeSymmetricAlgorithms}.
     */
    public EnrollmentFlagsV3 includeSymmetricAlgorithms(boolean value) {
      return set("IncludeSymmetricAlgorithms", Value.of(value));
    }

    /**
     * Sets {@code IncludeSymmetricAlgorithms} to this value; see {@link
     * #includeSymmetricAlgorithms(boolean)}.
     */
    public EnrollmentFlagsV3 includeSymmetricAlgorithms(Value<Boolean> value) {
      return set("IncludeSymmetricAlgorithms", value);
    }

    /**
     * This flag instructs the CA to not include the security extension szOID_NTDS_CA_SECURITY_EXT
     * (OID:1.3.6.1.4.1.311.25.2), as specified in [MS-WCCE] sections 2.2.2.7.7.4 and
     * 3.2.2.6.2.1.4.5.9, in the issued certificate. This addresses a Windows Kerberos
     * elevation-of-privilege vulnerability.
     *
     * <p>CloudFormation property {@code NoSecurityExtension}.
     */
    public EnrollmentFlagsV3 noSecurityExtension(boolean value) {
      return set("NoSecurityExtension", Value.of(value));
    }

    /**
     * Sets {@code NoSecurityExtension} to this value; see {@link #noSecurityExtension(boolean)}.
     */
    public EnrollmentFlagsV3 noSecurityExtension(Value<Boolean> value) {
      return set("NoSecurityExtension", value);
    }

    /**
     * Delete expired or revoked certificates instead of archiving them.
     *
     * <p>CloudFormation property {@code RemoveInvalidCertificateFromPersonalStore}.
     */
    public EnrollmentFlagsV3 removeInvalidCertificateFromPersonalStore(boolean value) {
      return set("RemoveInvalidCertificateFromPersonalStore", Value.of(value));
    }

    /**
     * Sets {@code RemoveInvalidCertificateFromPersonalStore} to this value; see {@link
     * #removeInvalidCertificateFromPersonalStore(boolean)}.
     */
    public EnrollmentFlagsV3 removeInvalidCertificateFromPersonalStore(Value<Boolean> value) {
      return set("RemoveInvalidCertificateFromPersonalStore", value);
    }

    /**
     * Require user interaction when the subject is enrolled and the private key associated with the
     * certificate is used.
     *
     * <p>CloudFormation property {@code UserInteractionRequired}.
     */
    public EnrollmentFlagsV3 userInteractionRequired(boolean value) {
      return set("UserInteractionRequired", Value.of(value));
    }

    /**
     * Sets {@code UserInteractionRequired} to this value; see {@link
     * #userInteractionRequired(boolean)}.
     */
    public EnrollmentFlagsV3 userInteractionRequired(Value<Boolean> value) {
      return set("UserInteractionRequired", value);
    }
  }

  /**
   * Template configurations for v4 template schema.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.EnrollmentFlagsV4}.
   */
  public static final class EnrollmentFlagsV4 extends Struct<EnrollmentFlagsV4> {
    private static final Schema SCHEMA = Schema.of("AWS::PCAConnectorAD::Template.EnrollmentFlagsV4");

    public EnrollmentFlagsV4() {
      super(SCHEMA);
    }

    /**
     * Allow renewal using the same key.
     *
     * <p>CloudFormation property {@code EnableKeyReuseOnNtTokenKeysetStorageFull}.
     */
    public EnrollmentFlagsV4 enableKeyReuseOnNtTokenKeysetStorageFull(boolean value) {
      return set("EnableKeyReuseOnNtTokenKeysetStorageFull", Value.of(value));
    }

    /**
     * Sets {@code EnableKeyReuseOnNtTokenKeysetStorageFull} to this value; see {@link
     * #enableKeyReuseOnNtTokenKeysetStorageFull(boolean)}.
     */
    public EnrollmentFlagsV4 enableKeyReuseOnNtTokenKeysetStorageFull(Value<Boolean> value) {
      return set("EnableKeyReuseOnNtTokenKeysetStorageFull", value);
    }

    /**
     * Include symmetric algorithms allowed by the subject.
     *
     * <p>CloudFormation property {@code IncludeSymmetricAlgorithms}.
     */
    public EnrollmentFlagsV4 includeSymmetricAlgorithms(boolean value) {
      return set("IncludeSymmetricAlgorithms", Value.of(value));
    }

    /**
     * Sets {@code IncludeSymmetricAlgorithms} to this value; see {@link
     * #includeSymmetricAlgorithms(boolean)}.
     */
    public EnrollmentFlagsV4 includeSymmetricAlgorithms(Value<Boolean> value) {
      return set("IncludeSymmetricAlgorithms", value);
    }

    /**
     * This flag instructs the CA to not include the security extension szOID_NTDS_CA_SECURITY_EXT
     * (OID:1.3.6.1.4.1.311.25.2), as specified in [MS-WCCE] sections 2.2.2.7.7.4 and
     * 3.2.2.6.2.1.4.5.9, in the issued certificate. This addresses a Windows Kerberos
     * elevation-of-privilege vulnerability.
     *
     * <p>CloudFormation property {@code NoSecurityExtension}.
     */
    public EnrollmentFlagsV4 noSecurityExtension(boolean value) {
      return set("NoSecurityExtension", Value.of(value));
    }

    /**
     * Sets {@code NoSecurityExtension} to this value; see {@link #noSecurityExtension(boolean)}.
     */
    public EnrollmentFlagsV4 noSecurityExtension(Value<Boolean> value) {
      return set("NoSecurityExtension", value);
    }

    /**
     * Delete expired or revoked certificates instead of archiving them.
     *
     * <p>CloudFormation property {@code RemoveInvalidCertificateFromPersonalStore}.
     */
    public EnrollmentFlagsV4 removeInvalidCertificateFromPersonalStore(boolean value) {
      return set("RemoveInvalidCertificateFromPersonalStore", Value.of(value));
    }

    /**
     * Sets {@code RemoveInvalidCertificateFromPersonalStore} to this value; see {@link
     * #removeInvalidCertificateFromPersonalStore(boolean)}.
     */
    public EnrollmentFlagsV4 removeInvalidCertificateFromPersonalStore(Value<Boolean> value) {
      return set("RemoveInvalidCertificateFromPersonalStore", value);
    }

    /**
     * Require user interaction when the subject is enrolled and the private key associated with the
     * certificate is used.
     *
     * <p>CloudFormation property {@code UserInteractionRequired}.
     */
    public EnrollmentFlagsV4 userInteractionRequired(boolean value) {
      return set("UserInteractionRequired", Value.of(value));
    }

    /**
     * Sets {@code UserInteractionRequired} to this value; see {@link
     * #userInteractionRequired(boolean)}.
     */
    public EnrollmentFlagsV4 userInteractionRequired(Value<Boolean> value) {
      return set("UserInteractionRequired", value);
    }
  }

  /**
   * Certificate extensions for v2 template schema
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.ExtensionsV2}.
   */
  public static final class ExtensionsV2 extends Struct<ExtensionsV2> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorAD::Template.ExtensionsV2")
        .required("KeyUsage")
        .build();

    public ExtensionsV2() {
      super(SCHEMA);
    }

    /**
     * Application policies specify what the certificate is used for and its purpose.
     *
     * <p>CloudFormation property {@code ApplicationPolicies}.
     */
    public ExtensionsV2 applicationPolicies(Value<ApplicationPolicies> value) {
      return set("ApplicationPolicies", value);
    }

    /**
     * The key usage extension defines the purpose (e.g., encipherment, signature, certificate
     * signing) of the key contained in the certificate.
     *
     * <p>Required. CloudFormation property {@code KeyUsage}.
     */
    public ExtensionsV2 keyUsage(Value<KeyUsage> value) {
      return set("KeyUsage", value);
    }
  }

  /**
   * Certificate extensions for v3 template schema
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.ExtensionsV3}.
   */
  public static final class ExtensionsV3 extends Struct<ExtensionsV3> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorAD::Template.ExtensionsV3")
        .required("KeyUsage")
        .build();

    public ExtensionsV3() {
      super(SCHEMA);
    }

    /**
     * Application policies specify what the certificate is used for and its purpose.
     *
     * <p>CloudFormation property {@code ApplicationPolicies}.
     */
    public ExtensionsV3 applicationPolicies(Value<ApplicationPolicies> value) {
      return set("ApplicationPolicies", value);
    }

    /**
     * The key usage extension defines the purpose (e.g., encipherment, signature, certificate
     * signing) of the key contained in the certificate.
     *
     * <p>Required. CloudFormation property {@code KeyUsage}.
     */
    public ExtensionsV3 keyUsage(Value<KeyUsage> value) {
      return set("KeyUsage", value);
    }
  }

  /**
   * Certificate extensions for v4 template schema
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.ExtensionsV4}.
   */
  public static final class ExtensionsV4 extends Struct<ExtensionsV4> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorAD::Template.ExtensionsV4")
        .required("KeyUsage")
        .build();

    public ExtensionsV4() {
      super(SCHEMA);
    }

    /**
     * Application policies specify what the certificate is used for and its purpose.
     *
     * <p>CloudFormation property {@code ApplicationPolicies}.
     */
    public ExtensionsV4 applicationPolicies(Value<ApplicationPolicies> value) {
      return set("ApplicationPolicies", value);
    }

    /**
     * The key usage extension defines the purpose (e.g., encipherment, signature) of the key
     * contained in the certificate.
     *
     * <p>Required. CloudFormation property {@code KeyUsage}.
     */
    public ExtensionsV4 keyUsage(Value<KeyUsage> value) {
      return set("KeyUsage", value);
    }
  }

  /**
   * General flags for v2 template schema that defines if the template is for a machine or a user
   * and if the template can be issued using autoenrollment.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.GeneralFlagsV2}.
   */
  public static final class GeneralFlagsV2 extends Struct<GeneralFlagsV2> {
    private static final Schema SCHEMA = Schema.of("AWS::PCAConnectorAD::Template.GeneralFlagsV2");

    public GeneralFlagsV2() {
      super(SCHEMA);
    }

    /**
     * Allows certificate issuance using autoenrollment. Set to TRUE to allow autoenrollment.
     *
     * <p>CloudFormation property {@code AutoEnrollment}.
     */
    public GeneralFlagsV2 autoEnrollment(boolean value) {
      return set("AutoEnrollment", Value.of(value));
    }

    /** Sets {@code AutoEnrollment} to this value; see {@link #autoEnrollment(boolean)}. */
    public GeneralFlagsV2 autoEnrollment(Value<Boolean> value) {
      return set("AutoEnrollment", value);
    }

    /**
     * Defines if the template is for machines or users. Set to TRUE if the template is for
     * machines. Set to FALSE if the template is for users.
     *
     * <p>CloudFormation property {@code MachineType}.
     */
    public GeneralFlagsV2 machineType(boolean value) {
      return set("MachineType", Value.of(value));
    }

    /** Sets {@code MachineType} to this value; see {@link #machineType(boolean)}. */
    public GeneralFlagsV2 machineType(Value<Boolean> value) {
      return set("MachineType", value);
    }
  }

  /**
   * General flags for v3 template schema that defines if the template is for a machine or a user
   * and if the template can be issued using autoenrollment.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.GeneralFlagsV3}.
   */
  public static final class GeneralFlagsV3 extends Struct<GeneralFlagsV3> {
    private static final Schema SCHEMA = Schema.of("AWS::PCAConnectorAD::Template.GeneralFlagsV3");

    public GeneralFlagsV3() {
      super(SCHEMA);
    }

    /**
     * Allows certificate issuance using autoenrollment. Set to TRUE to allow autoenrollment.
     *
     * <p>CloudFormation property {@code AutoEnrollment}.
     */
    public GeneralFlagsV3 autoEnrollment(boolean value) {
      return set("AutoEnrollment", Value.of(value));
    }

    /** Sets {@code AutoEnrollment} to this value; see {@link #autoEnrollment(boolean)}. */
    public GeneralFlagsV3 autoEnrollment(Value<Boolean> value) {
      return set("AutoEnrollment", value);
    }

    /**
     * Defines if the template is for machines or users. Set to TRUE if the template is for
     * machines. Set to FALSE if the template is for users
     *
     * <p>CloudFormation property {@code MachineType}.
     */
    public GeneralFlagsV3 machineType(boolean value) {
      return set("MachineType", Value.of(value));
    }

    /** Sets {@code MachineType} to this value; see {@link #machineType(boolean)}. */
    public GeneralFlagsV3 machineType(Value<Boolean> value) {
      return set("MachineType", value);
    }
  }

  /**
   * General flags for v4 template schema that defines if the template is for a machine or a user
   * and if the template can be issued using autoenrollment.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.GeneralFlagsV4}.
   */
  public static final class GeneralFlagsV4 extends Struct<GeneralFlagsV4> {
    private static final Schema SCHEMA = Schema.of("AWS::PCAConnectorAD::Template.GeneralFlagsV4");

    public GeneralFlagsV4() {
      super(SCHEMA);
    }

    /**
     * Allows certificate issuance using autoenrollment. Set to TRUE to allow autoenrollment.
     *
     * <p>CloudFormation property {@code AutoEnrollment}.
     */
    public GeneralFlagsV4 autoEnrollment(boolean value) {
      return set("AutoEnrollment", Value.of(value));
    }

    /** Sets {@code AutoEnrollment} to this value; see {@link #autoEnrollment(boolean)}. */
    public GeneralFlagsV4 autoEnrollment(Value<Boolean> value) {
      return set("AutoEnrollment", value);
    }

    /**
     * Defines if the template is for machines or users. Set to TRUE if the template is for
     * machines. Set to FALSE if the template is for users
     *
     * <p>CloudFormation property {@code MachineType}.
     */
    public GeneralFlagsV4 machineType(boolean value) {
      return set("MachineType", Value.of(value));
    }

    /** Sets {@code MachineType} to this value; see {@link #machineType(boolean)}. */
    public GeneralFlagsV4 machineType(Value<Boolean> value) {
      return set("MachineType", value);
    }
  }

  /**
   * The key usage extension defines the purpose (e.g., encipherment, signature) of the key
   * contained in the certificate.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.KeyUsage}.
   */
  public static final class KeyUsage extends Struct<KeyUsage> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorAD::Template.KeyUsage")
        .required("UsageFlags")
        .build();

    public KeyUsage() {
      super(SCHEMA);
    }

    /**
     * Sets the key usage extension to critical.
     *
     * <p>CloudFormation property {@code Critical}.
     */
    public KeyUsage critical(boolean value) {
      return set("Critical", Value.of(value));
    }

    /** Sets {@code Critical} to this value; see {@link #critical(boolean)}. */
    public KeyUsage critical(Value<Boolean> value) {
      return set("Critical", value);
    }

    /**
     * The key usage flags represent the purpose (e.g., encipherment, signature) of the key
     * contained in the certificate.
     *
     * <p>Required. CloudFormation property {@code UsageFlags}.
     */
    public KeyUsage usageFlags(Value<KeyUsageFlags> value) {
      return set("UsageFlags", value);
    }
  }

  /**
   * The key usage flags represent the purpose (e.g., encipherment, signature) of the key contained
   * in the certificate.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.KeyUsageFlags}.
   */
  public static final class KeyUsageFlags extends Struct<KeyUsageFlags> {
    private static final Schema SCHEMA = Schema.of("AWS::PCAConnectorAD::Template.KeyUsageFlags");

    public KeyUsageFlags() {
      super(SCHEMA);
    }

    /**
     * DataEncipherment is asserted when the subject public key is used for directly enciphering raw
     * user data without the use of an intermediate symmetric cipher.
     *
     * <p>CloudFormation property {@code DataEncipherment}.
     */
    public KeyUsageFlags dataEncipherment(boolean value) {
      return set("DataEncipherment", Value.of(value));
    }

    /** Sets {@code DataEncipherment} to this value; see {@link #dataEncipherment(boolean)}. */
    public KeyUsageFlags dataEncipherment(Value<Boolean> value) {
      return set("DataEncipherment", value);
    }

    /**
     * The digitalSignature is asserted when the subject public key is used for verifying digital
     * signatures.
     *
     * <p>CloudFormation property {@code DigitalSignature}.
     */
    public KeyUsageFlags digitalSignature(boolean value) {
      return set("DigitalSignature", Value.of(value));
    }

    /** Sets {@code DigitalSignature} to this value; see {@link #digitalSignature(boolean)}. */
    public KeyUsageFlags digitalSignature(Value<Boolean> value) {
      return set("DigitalSignature", value);
    }

    /**
     * KeyAgreement is asserted when the subject public key is used for key agreement.
     *
     * <p>CloudFormation property {@code KeyAgreement}.
     */
    public KeyUsageFlags keyAgreement(boolean value) {
      return set("KeyAgreement", Value.of(value));
    }

    /** Sets {@code KeyAgreement} to this value; see {@link #keyAgreement(boolean)}. */
    public KeyUsageFlags keyAgreement(Value<Boolean> value) {
      return set("KeyAgreement", value);
    }

    /**
     * KeyEncipherment is asserted when the subject public key is used for enciphering private or
     * secret keys, i.e., for key transport.
     *
     * <p>CloudFormation property {@code KeyEncipherment}.
     */
    public KeyUsageFlags keyEncipherment(boolean value) {
      return set("KeyEncipherment", Value.of(value));
    }

    /** Sets {@code KeyEncipherment} to this value; see {@link #keyEncipherment(boolean)}. */
    public KeyUsageFlags keyEncipherment(Value<Boolean> value) {
      return set("KeyEncipherment", value);
    }

    /**
     * NonRepudiation is asserted when the subject public key is used to verify digital signatures.
     *
     * <p>CloudFormation property {@code NonRepudiation}.
     */
    public KeyUsageFlags nonRepudiation(boolean value) {
      return set("NonRepudiation", Value.of(value));
    }

    /** Sets {@code NonRepudiation} to this value; see {@link #nonRepudiation(boolean)}. */
    public KeyUsageFlags nonRepudiation(Value<Boolean> value) {
      return set("NonRepudiation", value);
    }
  }

  /**
   * The key usage property defines the purpose of the private key contained in the certificate. You
   * can specify specific purposes using property flags or all by using property type ALL.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.KeyUsageProperty}.
   */
  public static final class KeyUsageProperty extends Struct<KeyUsageProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorAD::Template.KeyUsageProperty")
        .allowed("PropertyType", "ALL")
        .build();

    public KeyUsageProperty() {
      super(SCHEMA);
    }

    /**
     * You can specify key usage for encryption, key agreement, and signature. You can use property
     * flags or property type but not both.
     *
     * <p>CloudFormation property {@code PropertyFlags}.
     */
    public KeyUsageProperty propertyFlags(Value<KeyUsagePropertyFlags> value) {
      return set("PropertyFlags", value);
    }

    /**
     * You can specify all key usages using property type ALL. You can use property type or property
     * flags but not both.
     *
     * <p>Allowed values: {@code ALL}. CloudFormation property {@code PropertyType}.
     */
    public KeyUsageProperty propertyType(String value) {
      return set("PropertyType", Value.of(value));
    }

    /** Sets {@code PropertyType} to this value; see {@link #propertyType(String)}. */
    public KeyUsageProperty propertyType(Value<String> value) {
      return set("PropertyType", value);
    }
  }

  /**
   * Specifies key usage.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.KeyUsagePropertyFlags}.
   */
  public static final class KeyUsagePropertyFlags extends Struct<KeyUsagePropertyFlags> {
    private static final Schema SCHEMA = Schema.of("AWS::PCAConnectorAD::Template.KeyUsagePropertyFlags");

    public KeyUsagePropertyFlags() {
      super(SCHEMA);
    }

    /**
     * Allows key for encryption and decryption.
     *
     * <p>CloudFormation property {@code Decrypt}.
     */
    public KeyUsagePropertyFlags decrypt(boolean value) {
      return set("Decrypt", Value.of(value));
    }

    /** Sets {@code Decrypt} to this value; see {@link #decrypt(boolean)}. */
    public KeyUsagePropertyFlags decrypt(Value<Boolean> value) {
      return set("Decrypt", value);
    }

    /**
     * Allows key exchange without encryption.
     *
     * <p>CloudFormation property {@code KeyAgreement}.
     */
    public KeyUsagePropertyFlags keyAgreement(boolean value) {
      return set("KeyAgreement", Value.of(value));
    }

    /** Sets {@code KeyAgreement} to this value; see {@link #keyAgreement(boolean)}. */
    public KeyUsagePropertyFlags keyAgreement(Value<Boolean> value) {
      return set("KeyAgreement", value);
    }

    /**
     * Allow key use for digital signature.
     *
     * <p>CloudFormation property {@code Sign}.
     */
    public KeyUsagePropertyFlags sign(boolean value) {
      return set("Sign", Value.of(value));
    }

    /** Sets {@code Sign} to this value; see {@link #sign(boolean)}. */
    public KeyUsagePropertyFlags sign(Value<Boolean> value) {
      return set("Sign", value);
    }
  }

  /**
   * Defines the attributes of the private key.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.PrivateKeyAttributesV2}.
   */
  public static final class PrivateKeyAttributesV2 extends Struct<PrivateKeyAttributesV2> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorAD::Template.PrivateKeyAttributesV2")
        .required("KeySpec", "MinimalKeyLength")
        .allowed("KeySpec", "KEY_EXCHANGE", "SIGNATURE")
        .build();

    public PrivateKeyAttributesV2() {
      super(SCHEMA);
    }

    /**
     * Defines the cryptographic providers used to generate the private key.
     *
     * <p>CloudFormation property {@code CryptoProviders}.
     */
    public PrivateKeyAttributesV2 cryptoProviders(List<String> value) {
      return set("CryptoProviders", Value.listOf(value));
    }

    /** Sets {@code CryptoProviders} to this value; see {@link #cryptoProviders(List)}. */
    public PrivateKeyAttributesV2 cryptoProviders(Value<List<String>> value) {
      return set("CryptoProviders", value);
    }

    /**
     * Defines the purpose of the private key. Set it to "KEY_EXCHANGE" or "SIGNATURE" value.
     *
     * <p>Required. Allowed values: {@code KEY_EXCHANGE}, {@code SIGNATURE}. CloudFormation property
     * {@code KeySpec}.
     */
    public PrivateKeyAttributesV2 keySpec(String value) {
      return set("KeySpec", Value.of(value));
    }

    /** Sets {@code KeySpec} to this value; see {@link #keySpec(String)}. */
    public PrivateKeyAttributesV2 keySpec(Value<String> value) {
      return set("KeySpec", value);
    }

    /**
     * Set the minimum key length of the private key.
     *
     * <p>Required. CloudFormation property {@code MinimalKeyLength}.
     */
    public PrivateKeyAttributesV2 minimalKeyLength(double value) {
      return set("MinimalKeyLength", Value.of(value));
    }

    /** Sets {@code MinimalKeyLength} to this value; see {@link #minimalKeyLength(double)}. */
    public PrivateKeyAttributesV2 minimalKeyLength(Value<Double> value) {
      return set("MinimalKeyLength", value);
    }
  }

  /**
   * Defines the attributes of the private key.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.PrivateKeyAttributesV3}.
   */
  public static final class PrivateKeyAttributesV3 extends Struct<PrivateKeyAttributesV3> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorAD::Template.PrivateKeyAttributesV3")
        .required("Algorithm", "KeySpec", "KeyUsageProperty", "MinimalKeyLength")
        .allowed("Algorithm", "RSA", "ECDH_P256", "ECDH_P384", "ECDH_P521")
        .allowed("KeySpec", "KEY_EXCHANGE", "SIGNATURE")
        .build();

    public PrivateKeyAttributesV3() {
      super(SCHEMA);
    }

    /**
     * Defines the algorithm used to generate the private key.
     *
     * <p>Required. Allowed values: {@code RSA}, {@code ECDH_P256}, {@code ECDH_P384}, {@code
     * ECDH_P521}. CloudFormation property {@code Algorithm}.
     */
    public PrivateKeyAttributesV3 algorithm(String value) {
      return set("Algorithm", Value.of(value));
    }

    /** Sets {@code Algorithm} to this value; see {@link #algorithm(String)}. */
    public PrivateKeyAttributesV3 algorithm(Value<String> value) {
      return set("Algorithm", value);
    }

    /**
     * Defines the cryptographic providers used to generate the private key.
     *
     * <p>CloudFormation property {@code CryptoProviders}.
     */
    public PrivateKeyAttributesV3 cryptoProviders(List<String> value) {
      return set("CryptoProviders", Value.listOf(value));
    }

    /** Sets {@code CryptoProviders} to this value; see {@link #cryptoProviders(List)}. */
    public PrivateKeyAttributesV3 cryptoProviders(Value<List<String>> value) {
      return set("CryptoProviders", value);
    }

    /**
     * Defines the purpose of the private key. Set it to "KEY_EXCHANGE" or "SIGNATURE" value.
     *
     * <p>Required. Allowed values: {@code KEY_EXCHANGE}, {@code SIGNATURE}. CloudFormation property
     * {@code KeySpec}.
     */
    public PrivateKeyAttributesV3 keySpec(String value) {
      return set("KeySpec", Value.of(value));
    }

    /** Sets {@code KeySpec} to this value; see {@link #keySpec(String)}. */
    public PrivateKeyAttributesV3 keySpec(Value<String> value) {
      return set("KeySpec", value);
    }

    /**
     * The key usage property defines the purpose of the private key contained in the certificate.
     * You can specify specific purposes using property flags or all by using property type ALL.
     *
     * <p>Required. CloudFormation property {@code KeyUsageProperty}.
     */
    public PrivateKeyAttributesV3 keyUsageProperty(Value<KeyUsageProperty> value) {
      return set("KeyUsageProperty", value);
    }

    /**
     * Set the minimum key length of the private key.
     *
     * <p>Required. CloudFormation property {@code MinimalKeyLength}.
     */
    public PrivateKeyAttributesV3 minimalKeyLength(double value) {
      return set("MinimalKeyLength", Value.of(value));
    }

    /** Sets {@code MinimalKeyLength} to this value; see {@link #minimalKeyLength(double)}. */
    public PrivateKeyAttributesV3 minimalKeyLength(Value<Double> value) {
      return set("MinimalKeyLength", value);
    }
  }

  /**
   * Defines the attributes of the private key.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.PrivateKeyAttributesV4}.
   */
  public static final class PrivateKeyAttributesV4 extends Struct<PrivateKeyAttributesV4> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorAD::Template.PrivateKeyAttributesV4")
        .required("KeySpec", "MinimalKeyLength")
        .allowed("Algorithm", "RSA", "ECDH_P256", "ECDH_P384", "ECDH_P521")
        .allowed("KeySpec", "KEY_EXCHANGE", "SIGNATURE")
        .build();

    public PrivateKeyAttributesV4() {
      super(SCHEMA);
    }

    /**
     * Defines the algorithm used to generate the private key.
     *
     * <p>Allowed values: {@code RSA}, {@code ECDH_P256}, {@code ECDH_P384}, {@code ECDH_P521}.
     * CloudFormation property {@code Algorithm}.
     */
    public PrivateKeyAttributesV4 algorithm(String value) {
      return set("Algorithm", Value.of(value));
    }

    /** Sets {@code Algorithm} to this value; see {@link #algorithm(String)}. */
    public PrivateKeyAttributesV4 algorithm(Value<String> value) {
      return set("Algorithm", value);
    }

    /**
     * Defines the cryptographic providers used to generate the private key.
     *
     * <p>CloudFormation property {@code CryptoProviders}.
     */
    public PrivateKeyAttributesV4 cryptoProviders(List<String> value) {
      return set("CryptoProviders", Value.listOf(value));
    }

    /** Sets {@code CryptoProviders} to this value; see {@link #cryptoProviders(List)}. */
    public PrivateKeyAttributesV4 cryptoProviders(Value<List<String>> value) {
      return set("CryptoProviders", value);
    }

    /**
     * Defines the purpose of the private key. Set it to "KEY_EXCHANGE" or "SIGNATURE" value.
     *
     * <p>Required. Allowed values: {@code KEY_EXCHANGE}, {@code SIGNATURE}. CloudFormation property
     * {@code KeySpec}.
     */
    public PrivateKeyAttributesV4 keySpec(String value) {
      return set("KeySpec", Value.of(value));
    }

    /** Sets {@code KeySpec} to this value; see {@link #keySpec(String)}. */
    public PrivateKeyAttributesV4 keySpec(Value<String> value) {
      return set("KeySpec", value);
    }

    /**
     * The key usage property defines the purpose of the private key contained in the certificate.
     * You can specify specific purposes using property flags or all by using property type ALL.
     *
     * <p>CloudFormation property {@code KeyUsageProperty}.
     */
    public PrivateKeyAttributesV4 keyUsageProperty(Value<KeyUsageProperty> value) {
      return set("KeyUsageProperty", value);
    }

    /**
     * Set the minimum key length of the private key.
     *
     * <p>Required. CloudFormation property {@code MinimalKeyLength}.
     */
    public PrivateKeyAttributesV4 minimalKeyLength(double value) {
      return set("MinimalKeyLength", Value.of(value));
    }

    /** Sets {@code MinimalKeyLength} to this value; see {@link #minimalKeyLength(double)}. */
    public PrivateKeyAttributesV4 minimalKeyLength(Value<Double> value) {
      return set("MinimalKeyLength", value);
    }
  }

  /**
   * Private key flags for v2 templates specify the client compatibility, if the private key can be
   * exported, and if user input is required when using a private key.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.PrivateKeyFlagsV2}.
   */
  public static final class PrivateKeyFlagsV2 extends Struct<PrivateKeyFlagsV2> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorAD::Template.PrivateKeyFlagsV2")
        .required("ClientVersion")
        .allowed("ClientVersion", "WINDOWS_SERVER_2003", "WINDOWS_SERVER_2008",
            "WINDOWS_SERVER_2008_R2", "WINDOWS_SERVER_2012", "WINDOWS_SERVER_2012_R2",
            "WINDOWS_SERVER_2016")
        .build();

    public PrivateKeyFlagsV2() {
      super(SCHEMA);
    }

    /**
     * Defines the minimum client compatibility.
     *
     * <p>Required. Allowed values: {@code WINDOWS_SERVER_2003}, {@code WINDOWS_SERVER_2008}, {@code
     * WINDOWS_SERVER_2008_R2}, {@code WINDOWS_SERVER_2012}, {@code WINDOWS_SERVER_2012_R2}, {@code
     * WINDOWS_SERVER_2016}. CloudFormation property {@code ClientVersion}.
     */
    public PrivateKeyFlagsV2 clientVersion(String value) {
      return set("ClientVersion", Value.of(value));
    }

    /** Sets {@code ClientVersion} to this value; see {@link #clientVersion(String)}. */
    public PrivateKeyFlagsV2 clientVersion(Value<String> value) {
      return set("ClientVersion", value);
    }

    /**
     * Allows the private key to be exported.
     *
     * <p>CloudFormation property {@code ExportableKey}.
     */
    public PrivateKeyFlagsV2 exportableKey(boolean value) {
      return set("ExportableKey", Value.of(value));
    }

    /** Sets {@code ExportableKey} to this value; see {@link #exportableKey(boolean)}. */
    public PrivateKeyFlagsV2 exportableKey(Value<Boolean> value) {
      return set("ExportableKey", value);
    }

    /**
     * Require user input when using the private key for enrollment.
     *
     * <p>CloudFormation property {@code StrongKeyProtectionRequired}.
     */
    public PrivateKeyFlagsV2 strongKeyProtectionRequired(boolean value) {
      return set("StrongKeyProtectionRequired", Value.of(value));
    }

    /**
     * Sets {@code StrongKeyProtectionRequired} to this value; see {@link
     * #strongKeyProtectionRequired(boolean)}.
     */
    public PrivateKeyFlagsV2 strongKeyProtectionRequired(Value<Boolean> value) {
      return set("StrongKeyProtectionRequired", value);
    }
  }

  /**
   * Private key flags for v3 templates specify the client compatibility, if the private key can be
   * exported, if user input is required when using a private key, and if an alternate signature
   * algorithm should be used.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.PrivateKeyFlagsV3}.
   */
  public static final class PrivateKeyFlagsV3 extends Struct<PrivateKeyFlagsV3> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorAD::Template.PrivateKeyFlagsV3")
        .required("ClientVersion")
        .allowed("ClientVersion", "WINDOWS_SERVER_2008", "WINDOWS_SERVER_2008_R2",
            "WINDOWS_SERVER_2012", "WINDOWS_SERVER_2012_R2", "WINDOWS_SERVER_2016")
        .build();

    public PrivateKeyFlagsV3() {
      super(SCHEMA);
    }

    /**
     * Defines the minimum client compatibility.
     *
     * <p>Required. Allowed values: {@code WINDOWS_SERVER_2008}, {@code WINDOWS_SERVER_2008_R2},
     * {@code WINDOWS_SERVER_2012}, {@code WINDOWS_SERVER_2012_R2}, {@code WINDOWS_SERVER_2016}.
     * CloudFormation property {@code ClientVersion}.
     */
    public PrivateKeyFlagsV3 clientVersion(String value) {
      return set("ClientVersion", Value.of(value));
    }

    /** Sets {@code ClientVersion} to this value; see {@link #clientVersion(String)}. */
    public PrivateKeyFlagsV3 clientVersion(Value<String> value) {
      return set("ClientVersion", value);
    }

    /**
     * Allows the private key to be exported.
     *
     * <p>CloudFormation property {@code ExportableKey}.
     */
    public PrivateKeyFlagsV3 exportableKey(boolean value) {
      return set("ExportableKey", Value.of(value));
    }

    /** Sets {@code ExportableKey} to this value; see {@link #exportableKey(boolean)}. */
    public PrivateKeyFlagsV3 exportableKey(Value<Boolean> value) {
      return set("ExportableKey", value);
    }

    /**
     * Reguires the PKCS #1 v2.1 signature format for certificates. You should verify that your CA,
     * objects, and applications can accept this signature format.
     *
     * <p>CloudFormation property {@code RequireAlternateSignatureAlgorithm}.
     */
    public PrivateKeyFlagsV3 requireAlternateSignatureAlgorithm(boolean value) {
      return set("RequireAlternateSignatureAlgorithm", Value.of(value));
    }

    /**
     * Sets {@code RequireAlternateSignatureAlgorithm} to this value; see {@link
     * #requireAlternateSignatureAlgorithm(boolean)}.
     */
    public PrivateKeyFlagsV3 requireAlternateSignatureAlgorithm(Value<Boolean> value) {
      return set("RequireAlternateSignatureAlgorithm", value);
    }

    /**
     * Requirer user input when using the private key for enrollment.
     *
     * <p>CloudFormation property {@code StrongKeyProtectionRequired}.
     */
    public PrivateKeyFlagsV3 strongKeyProtectionRequired(boolean value) {
      return set("StrongKeyProtectionRequired", Value.of(value));
    }

    /**
     * Sets {@code StrongKeyProtectionRequired} to this value; see {@link
     * #strongKeyProtectionRequired(boolean)}.
     */
    public PrivateKeyFlagsV3 strongKeyProtectionRequired(Value<Boolean> value) {
      return set("StrongKeyProtectionRequired", value);
    }
  }

  /**
   * Private key flags for v4 templates specify the client compatibility, if the private key can be
   * exported, if user input is required when using a private key, if an alternate signature
   * algorithm should be used, and if certificates are renewed using the same private key.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.PrivateKeyFlagsV4}.
   */
  public static final class PrivateKeyFlagsV4 extends Struct<PrivateKeyFlagsV4> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorAD::Template.PrivateKeyFlagsV4")
        .required("ClientVersion")
        .allowed("ClientVersion", "WINDOWS_SERVER_2012", "WINDOWS_SERVER_2012_R2",
            "WINDOWS_SERVER_2016")
        .build();

    public PrivateKeyFlagsV4() {
      super(SCHEMA);
    }

    /**
     * Defines the minimum client compatibility.
     *
     * <p>Required. Allowed values: {@code WINDOWS_SERVER_2012}, {@code WINDOWS_SERVER_2012_R2},
     * {@code WINDOWS_SERVER_2016}. CloudFormation property {@code ClientVersion}.
     */
    public PrivateKeyFlagsV4 clientVersion(String value) {
      return set("ClientVersion", Value.of(value));
    }

    /** Sets {@code ClientVersion} to this value; see {@link #clientVersion(String)}. */
    public PrivateKeyFlagsV4 clientVersion(Value<String> value) {
      return set("ClientVersion", value);
    }

    /**
     * Allows the private key to be exported.
     *
     * <p>CloudFormation property {@code ExportableKey}.
     */
    public PrivateKeyFlagsV4 exportableKey(boolean value) {
      return set("ExportableKey", Value.of(value));
    }

    /** Sets {@code ExportableKey} to this value; see {@link #exportableKey(boolean)}. */
    public PrivateKeyFlagsV4 exportableKey(Value<Boolean> value) {
      return set("ExportableKey", value);
    }

    /**
     * Requires the PKCS #1 v2.1 signature format for certificates. You should verify that your CA,
     * objects, and applications can accept this signature format.
     *
     * <p>CloudFormation property {@code RequireAlternateSignatureAlgorithm}.
     */
    public PrivateKeyFlagsV4 requireAlternateSignatureAlgorithm(boolean value) {
      return set("RequireAlternateSignatureAlgorithm", Value.of(value));
    }

    /**
     * Sets {@code RequireAlternateSignatureAlgorithm} to this value; see {@link
     * #requireAlternateSignatureAlgorithm(boolean)}.
     */
    public PrivateKeyFlagsV4 requireAlternateSignatureAlgorithm(Value<Boolean> value) {
      return set("RequireAlternateSignatureAlgorithm", value);
    }

    /**
     * Renew certificate using the same private key.
     *
     * <p>CloudFormation property {@code RequireSameKeyRenewal}.
     */
    public PrivateKeyFlagsV4 requireSameKeyRenewal(boolean value) {
      return set("RequireSameKeyRenewal", Value.of(value));
    }

    /**
     * Sets {@code RequireSameKeyRenewal} to this value; see {@link
     * #requireSameKeyRenewal(boolean)}.
     */
    public PrivateKeyFlagsV4 requireSameKeyRenewal(Value<Boolean> value) {
      return set("RequireSameKeyRenewal", value);
    }

    /**
     * Require user input when using the private key for enrollment.
     *
     * <p>CloudFormation property {@code StrongKeyProtectionRequired}.
     */
    public PrivateKeyFlagsV4 strongKeyProtectionRequired(boolean value) {
      return set("StrongKeyProtectionRequired", Value.of(value));
    }

    /**
     * Sets {@code StrongKeyProtectionRequired} to this value; see {@link
     * #strongKeyProtectionRequired(boolean)}.
     */
    public PrivateKeyFlagsV4 strongKeyProtectionRequired(Value<Boolean> value) {
      return set("StrongKeyProtectionRequired", value);
    }

    /**
     * Specifies the cryptographic service provider category used to generate private keys. Set to
     * TRUE to use Legacy Cryptographic Service Providers and FALSE to use Key Storage Providers.
     *
     * <p>CloudFormation property {@code UseLegacyProvider}.
     */
    public PrivateKeyFlagsV4 useLegacyProvider(boolean value) {
      return set("UseLegacyProvider", Value.of(value));
    }

    /** Sets {@code UseLegacyProvider} to this value; see {@link #useLegacyProvider(boolean)}. */
    public PrivateKeyFlagsV4 useLegacyProvider(Value<Boolean> value) {
      return set("UseLegacyProvider", value);
    }
  }

  /**
   * Information to include in the subject name and alternate subject name of the certificate. The
   * subject name can be common name, directory path, DNS as common name, or left blank. You can
   * optionally include email to the subject name for user templates. If you leave the subject name
   * blank then you must set a subject alternate name. The subject alternate name (SAN) can include
   * globally unique identifier (GUID), DNS, domain DNS, email, service principal name (SPN), and
   * user principal name (UPN). You can leave the SAN blank. If you leave the SAN blank, then you
   * must set a subject name.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.SubjectNameFlagsV2}.
   */
  public static final class SubjectNameFlagsV2 extends Struct<SubjectNameFlagsV2> {
    private static final Schema SCHEMA = Schema.of("AWS::PCAConnectorAD::Template.SubjectNameFlagsV2");

    public SubjectNameFlagsV2() {
      super(SCHEMA);
    }

    /**
     * Include the common name in the subject name.
     *
     * <p>CloudFormation property {@code RequireCommonName}.
     */
    public SubjectNameFlagsV2 requireCommonName(boolean value) {
      return set("RequireCommonName", Value.of(value));
    }

    /** Sets {@code RequireCommonName} to this value; see {@link #requireCommonName(boolean)}. */
    public SubjectNameFlagsV2 requireCommonName(Value<Boolean> value) {
      return set("RequireCommonName", value);
    }

    /**
     * Include the directory path in the subject name.
     *
     * <p>CloudFormation property {@code RequireDirectoryPath}.
     */
    public SubjectNameFlagsV2 requireDirectoryPath(boolean value) {
      return set("RequireDirectoryPath", Value.of(value));
    }

    /**
     * Sets {@code RequireDirectoryPath} to this value; see {@link #requireDirectoryPath(boolean)}.
     */
    public SubjectNameFlagsV2 requireDirectoryPath(Value<Boolean> value) {
      return set("RequireDirectoryPath", value);
    }

    /**
     * Include the DNS as common name in the subject name.
     *
     * <p>CloudFormation property {@code RequireDnsAsCn}.
     */
    public SubjectNameFlagsV2 requireDnsAsCn(boolean value) {
      return set("RequireDnsAsCn", Value.of(value));
    }

    /** Sets {@code RequireDnsAsCn} to this value; see {@link #requireDnsAsCn(boolean)}. */
    public SubjectNameFlagsV2 requireDnsAsCn(Value<Boolean> value) {
      return set("RequireDnsAsCn", value);
    }

    /**
     * Include the subject's email in the subject name.
     *
     * <p>CloudFormation property {@code RequireEmail}.
     */
    public SubjectNameFlagsV2 requireEmail(boolean value) {
      return set("RequireEmail", Value.of(value));
    }

    /** Sets {@code RequireEmail} to this value; see {@link #requireEmail(boolean)}. */
    public SubjectNameFlagsV2 requireEmail(Value<Boolean> value) {
      return set("RequireEmail", value);
    }

    /**
     * Include the globally unique identifier (GUID) in the subject alternate name.
     *
     * <p>CloudFormation property {@code SanRequireDirectoryGuid}.
     */
    public SubjectNameFlagsV2 sanRequireDirectoryGuid(boolean value) {
      return set("SanRequireDirectoryGuid", Value.of(value));
    }

    /**
     * Sets {@code SanRequireDirectoryGuid} to this value; see {@link
     * #sanRequireDirectoryGuid(boolean)}.
     */
    public SubjectNameFlagsV2 sanRequireDirectoryGuid(Value<Boolean> value) {
      return set("SanRequireDirectoryGuid", value);
    }

    /**
     * Include the DNS in the subject alternate name.
     *
     * <p>CloudFormation property {@code SanRequireDns}.
     */
    public SubjectNameFlagsV2 sanRequireDns(boolean value) {
      return set("SanRequireDns", Value.of(value));
    }

    /** Sets {@code SanRequireDns} to this value; see {@link #sanRequireDns(boolean)}. */
    public SubjectNameFlagsV2 sanRequireDns(Value<Boolean> value) {
      return set("SanRequireDns", value);
    }

    /**
     * Include the domain DNS in the subject alternate name.
     *
     * <p>CloudFormation property {@code SanRequireDomainDns}.
     */
    public SubjectNameFlagsV2 sanRequireDomainDns(boolean value) {
      return set("SanRequireDomainDns", Value.of(value));
    }

    /**
     * Sets {@code SanRequireDomainDns} to this value; see {@link #sanRequireDomainDns(boolean)}.
     */
    public SubjectNameFlagsV2 sanRequireDomainDns(Value<Boolean> value) {
      return set("SanRequireDomainDns", value);
    }

    /**
     * Include the subject's email in the subject alternate name.
     *
     * <p>CloudFormation property {@code SanRequireEmail}.
     */
    public SubjectNameFlagsV2 sanRequireEmail(boolean value) {
      return set("SanRequireEmail", Value.of(value));
    }

    /** Sets {@code SanRequireEmail} to this value; see {@link #sanRequireEmail(boolean)}. */
    public SubjectNameFlagsV2 sanRequireEmail(Value<Boolean> value) {
      return set("SanRequireEmail", value);
    }

    /**
     * Include the service principal name (SPN) in the subject alternate name.
     *
     * <p>CloudFormation property {@code SanRequireSpn}.
     */
    public SubjectNameFlagsV2 sanRequireSpn(boolean value) {
      return set("SanRequireSpn", Value.of(value));
    }

    /** Sets {@code SanRequireSpn} to this value; see {@link #sanRequireSpn(boolean)}. */
    public SubjectNameFlagsV2 sanRequireSpn(Value<Boolean> value) {
      return set("SanRequireSpn", value);
    }

    /**
     * Include the user principal name (UPN) in the subject alternate name.
     *
     * <p>CloudFormation property {@code SanRequireUpn}.
     */
    public SubjectNameFlagsV2 sanRequireUpn(boolean value) {
      return set("SanRequireUpn", Value.of(value));
    }

    /** Sets {@code SanRequireUpn} to this value; see {@link #sanRequireUpn(boolean)}. */
    public SubjectNameFlagsV2 sanRequireUpn(Value<Boolean> value) {
      return set("SanRequireUpn", value);
    }
  }

  /**
   * Information to include in the subject name and alternate subject name of the certificate. The
   * subject name can be common name, directory path, DNS as common name, or left blank. You can
   * optionally include email to the subject name for user templates. If you leave the subject name
   * blank then you must set a subject alternate name. The subject alternate name (SAN) can include
   * globally unique identifier (GUID), DNS, domain DNS, email, service principal name (SPN), and
   * user principal name (UPN). You can leave the SAN blank. If you leave the SAN blank, then you
   * must set a subject name.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.SubjectNameFlagsV3}.
   */
  public static final class SubjectNameFlagsV3 extends Struct<SubjectNameFlagsV3> {
    private static final Schema SCHEMA = Schema.of("AWS::PCAConnectorAD::Template.SubjectNameFlagsV3");

    public SubjectNameFlagsV3() {
      super(SCHEMA);
    }

    /**
     * Include the common name in the subject name.
     *
     * <p>CloudFormation property {@code RequireCommonName}.
     */
    public SubjectNameFlagsV3 requireCommonName(boolean value) {
      return set("RequireCommonName", Value.of(value));
    }

    /** Sets {@code RequireCommonName} to this value; see {@link #requireCommonName(boolean)}. */
    public SubjectNameFlagsV3 requireCommonName(Value<Boolean> value) {
      return set("RequireCommonName", value);
    }

    /**
     * Include the directory path in the subject name.
     *
     * <p>CloudFormation property {@code RequireDirectoryPath}.
     */
    public SubjectNameFlagsV3 requireDirectoryPath(boolean value) {
      return set("RequireDirectoryPath", Value.of(value));
    }

    /**
     * Sets {@code RequireDirectoryPath} to this value; see {@link #requireDirectoryPath(boolean)}.
     */
    public SubjectNameFlagsV3 requireDirectoryPath(Value<Boolean> value) {
      return set("RequireDirectoryPath", value);
    }

    /**
     * Include the DNS as common name in the subject name.
     *
     * <p>CloudFormation property {@code RequireDnsAsCn}.
     */
    public SubjectNameFlagsV3 requireDnsAsCn(boolean value) {
      return set("RequireDnsAsCn", Value.of(value));
    }

    /** Sets {@code RequireDnsAsCn} to this value; see {@link #requireDnsAsCn(boolean)}. */
    public SubjectNameFlagsV3 requireDnsAsCn(Value<Boolean> value) {
      return set("RequireDnsAsCn", value);
    }

    /**
     * Include the subject's email in the subject name.
     *
     * <p>CloudFormation property {@code RequireEmail}.
     */
    public SubjectNameFlagsV3 requireEmail(boolean value) {
      return set("RequireEmail", Value.of(value));
    }

    /** Sets {@code RequireEmail} to this value; see {@link #requireEmail(boolean)}. */
    public SubjectNameFlagsV3 requireEmail(Value<Boolean> value) {
      return set("RequireEmail", value);
    }

    /**
     * Include the globally unique identifier (GUID) in the subject alternate name.
     *
     * <p>CloudFormation property {@code SanRequireDirectoryGuid}.
     */
    public SubjectNameFlagsV3 sanRequireDirectoryGuid(boolean value) {
      return set("SanRequireDirectoryGuid", Value.of(value));
    }

    /**
     * Sets {@code SanRequireDirectoryGuid} to this value; see {@link
     * #sanRequireDirectoryGuid(boolean)}.
     */
    public SubjectNameFlagsV3 sanRequireDirectoryGuid(Value<Boolean> value) {
      return set("SanRequireDirectoryGuid", value);
    }

    /**
     * Include the DNS in the subject alternate name.
     *
     * <p>CloudFormation property {@code SanRequireDns}.
     */
    public SubjectNameFlagsV3 sanRequireDns(boolean value) {
      return set("SanRequireDns", Value.of(value));
    }

    /** Sets {@code SanRequireDns} to this value; see {@link #sanRequireDns(boolean)}. */
    public SubjectNameFlagsV3 sanRequireDns(Value<Boolean> value) {
      return set("SanRequireDns", value);
    }

    /**
     * Include the domain DNS in the subject alternate name.
     *
     * <p>CloudFormation property {@code SanRequireDomainDns}.
     */
    public SubjectNameFlagsV3 sanRequireDomainDns(boolean value) {
      return set("SanRequireDomainDns", Value.of(value));
    }

    /**
     * Sets {@code SanRequireDomainDns} to this value; see {@link #sanRequireDomainDns(boolean)}.
     */
    public SubjectNameFlagsV3 sanRequireDomainDns(Value<Boolean> value) {
      return set("SanRequireDomainDns", value);
    }

    /**
     * Include the subject's email in the subject alternate name.
     *
     * <p>CloudFormation property {@code SanRequireEmail}.
     */
    public SubjectNameFlagsV3 sanRequireEmail(boolean value) {
      return set("SanRequireEmail", Value.of(value));
    }

    /** Sets {@code SanRequireEmail} to this value; see {@link #sanRequireEmail(boolean)}. */
    public SubjectNameFlagsV3 sanRequireEmail(Value<Boolean> value) {
      return set("SanRequireEmail", value);
    }

    /**
     * Include the service principal name (SPN) in the subject alternate name.
     *
     * <p>CloudFormation property {@code SanRequireSpn}.
     */
    public SubjectNameFlagsV3 sanRequireSpn(boolean value) {
      return set("SanRequireSpn", Value.of(value));
    }

    /** Sets {@code SanRequireSpn} to this value; see {@link #sanRequireSpn(boolean)}. */
    public SubjectNameFlagsV3 sanRequireSpn(Value<Boolean> value) {
      return set("SanRequireSpn", value);
    }

    /**
     * Include the user principal name (UPN) in the subject alternate name.
     *
     * <p>CloudFormation property {@code SanRequireUpn}.
     */
    public SubjectNameFlagsV3 sanRequireUpn(boolean value) {
      return set("SanRequireUpn", Value.of(value));
    }

    /** Sets {@code SanRequireUpn} to this value; see {@link #sanRequireUpn(boolean)}. */
    public SubjectNameFlagsV3 sanRequireUpn(Value<Boolean> value) {
      return set("SanRequireUpn", value);
    }
  }

  /**
   * Information to include in the subject name and alternate subject name of the certificate. The
   * subject name can be common name, directory path, DNS as common name, or left blank. You can
   * optionally include email to the subject name for user templates. If you leave the subject name
   * blank then you must set a subject alternate name. The subject alternate name (SAN) can include
   * globally unique identifier (GUID), DNS, domain DNS, email, service principal name (SPN), and
   * user principal name (UPN). You can leave the SAN blank. If you leave the SAN blank, then you
   * must set a subject name.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.SubjectNameFlagsV4}.
   */
  public static final class SubjectNameFlagsV4 extends Struct<SubjectNameFlagsV4> {
    private static final Schema SCHEMA = Schema.of("AWS::PCAConnectorAD::Template.SubjectNameFlagsV4");

    public SubjectNameFlagsV4() {
      super(SCHEMA);
    }

    /**
     * Include the common name in the subject name.
     *
     * <p>CloudFormation property {@code RequireCommonName}.
     */
    public SubjectNameFlagsV4 requireCommonName(boolean value) {
      return set("RequireCommonName", Value.of(value));
    }

    /** Sets {@code RequireCommonName} to this value; see {@link #requireCommonName(boolean)}. */
    public SubjectNameFlagsV4 requireCommonName(Value<Boolean> value) {
      return set("RequireCommonName", value);
    }

    /**
     * Include the directory path in the subject name.
     *
     * <p>CloudFormation property {@code RequireDirectoryPath}.
     */
    public SubjectNameFlagsV4 requireDirectoryPath(boolean value) {
      return set("RequireDirectoryPath", Value.of(value));
    }

    /**
     * Sets {@code RequireDirectoryPath} to this value; see {@link #requireDirectoryPath(boolean)}.
     */
    public SubjectNameFlagsV4 requireDirectoryPath(Value<Boolean> value) {
      return set("RequireDirectoryPath", value);
    }

    /**
     * Include the DNS as common name in the subject name.
     *
     * <p>CloudFormation property {@code RequireDnsAsCn}.
     */
    public SubjectNameFlagsV4 requireDnsAsCn(boolean value) {
      return set("RequireDnsAsCn", Value.of(value));
    }

    /** Sets {@code RequireDnsAsCn} to this value; see {@link #requireDnsAsCn(boolean)}. */
    public SubjectNameFlagsV4 requireDnsAsCn(Value<Boolean> value) {
      return set("RequireDnsAsCn", value);
    }

    /**
     * Include the subject's email in the subject name.
     *
     * <p>CloudFormation property {@code RequireEmail}.
     */
    public SubjectNameFlagsV4 requireEmail(boolean value) {
      return set("RequireEmail", Value.of(value));
    }

    /** Sets {@code RequireEmail} to this value; see {@link #requireEmail(boolean)}. */
    public SubjectNameFlagsV4 requireEmail(Value<Boolean> value) {
      return set("RequireEmail", value);
    }

    /**
     * Include the globally unique identifier (GUID) in the subject alternate name.
     *
     * <p>CloudFormation property {@code SanRequireDirectoryGuid}.
     */
    public SubjectNameFlagsV4 sanRequireDirectoryGuid(boolean value) {
      return set("SanRequireDirectoryGuid", Value.of(value));
    }

    /**
     * Sets {@code SanRequireDirectoryGuid} to this value; see {@link
     * #sanRequireDirectoryGuid(boolean)}.
     */
    public SubjectNameFlagsV4 sanRequireDirectoryGuid(Value<Boolean> value) {
      return set("SanRequireDirectoryGuid", value);
    }

    /**
     * Include the DNS in the subject alternate name.
     *
     * <p>CloudFormation property {@code SanRequireDns}.
     */
    public SubjectNameFlagsV4 sanRequireDns(boolean value) {
      return set("SanRequireDns", Value.of(value));
    }

    /** Sets {@code SanRequireDns} to this value; see {@link #sanRequireDns(boolean)}. */
    public SubjectNameFlagsV4 sanRequireDns(Value<Boolean> value) {
      return set("SanRequireDns", value);
    }

    /**
     * Include the domain DNS in the subject alternate name.
     *
     * <p>CloudFormation property {@code SanRequireDomainDns}.
     */
    public SubjectNameFlagsV4 sanRequireDomainDns(boolean value) {
      return set("SanRequireDomainDns", Value.of(value));
    }

    /**
     * Sets {@code SanRequireDomainDns} to this value; see {@link #sanRequireDomainDns(boolean)}.
     */
    public SubjectNameFlagsV4 sanRequireDomainDns(Value<Boolean> value) {
      return set("SanRequireDomainDns", value);
    }

    /**
     * Include the subject's email in the subject alternate name.
     *
     * <p>CloudFormation property {@code SanRequireEmail}.
     */
    public SubjectNameFlagsV4 sanRequireEmail(boolean value) {
      return set("SanRequireEmail", Value.of(value));
    }

    /** Sets {@code SanRequireEmail} to this value; see {@link #sanRequireEmail(boolean)}. */
    public SubjectNameFlagsV4 sanRequireEmail(Value<Boolean> value) {
      return set("SanRequireEmail", value);
    }

    /**
     * Include the service principal name (SPN) in the subject alternate name.
     *
     * <p>CloudFormation property {@code SanRequireSpn}.
     */
    public SubjectNameFlagsV4 sanRequireSpn(boolean value) {
      return set("SanRequireSpn", Value.of(value));
    }

    /** Sets {@code SanRequireSpn} to this value; see {@link #sanRequireSpn(boolean)}. */
    public SubjectNameFlagsV4 sanRequireSpn(Value<Boolean> value) {
      return set("SanRequireSpn", value);
    }

    /**
     * Include the user principal name (UPN) in the subject alternate name.
     *
     * <p>CloudFormation property {@code SanRequireUpn}.
     */
    public SubjectNameFlagsV4 sanRequireUpn(boolean value) {
      return set("SanRequireUpn", Value.of(value));
    }

    /** Sets {@code SanRequireUpn} to this value; see {@link #sanRequireUpn(boolean)}. */
    public SubjectNameFlagsV4 sanRequireUpn(Value<Boolean> value) {
      return set("SanRequireUpn", value);
    }
  }

  /**
   * Template configuration to define the information included in certificates. Define certificate
   * validity and renewal periods, certificate request handling and enrollment options, key usage
   * extensions, application policies, and cryptography settings.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.TemplateDefinition}.
   */
  public static final class TemplateDefinition extends Struct<TemplateDefinition> {
    private static final Schema SCHEMA = Schema.of("AWS::PCAConnectorAD::Template.TemplateDefinition");

    public TemplateDefinition() {
      super(SCHEMA);
    }

    /**
     * Template configuration to define the information included in certificates. Define certificate
     * validity and renewal periods, certificate request handling and enrollment options, key usage
     * extensions, application policies, and cryptography settings.
     *
     * <p>CloudFormation property {@code TemplateV2}.
     */
    public TemplateDefinition templateV2(Value<TemplateV2> value) {
      return set("TemplateV2", value);
    }

    /**
     * Template configuration to define the information included in certificates. Define certificate
     * validity and renewal periods, certificate request handling and enrollment options, key usage
     * extensions, application policies, and cryptography settings.
     *
     * <p>CloudFormation property {@code TemplateV3}.
     */
    public TemplateDefinition templateV3(Value<TemplateV3> value) {
      return set("TemplateV3", value);
    }

    /**
     * Template configuration to define the information included in certificates. Define certificate
     * validity and renewal periods, certificate request handling and enrollment options, key usage
     * extensions, application policies, and cryptography settings.
     *
     * <p>CloudFormation property {@code TemplateV4}.
     */
    public TemplateDefinition templateV4(Value<TemplateV4> value) {
      return set("TemplateV4", value);
    }
  }

  /**
   * v2 template schema that uses Legacy Cryptographic Providers.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.TemplateV2}.
   */
  public static final class TemplateV2 extends Struct<TemplateV2> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorAD::Template.TemplateV2")
        .required("CertificateValidity", "EnrollmentFlags", "Extensions", "GeneralFlags",
            "PrivateKeyAttributes", "PrivateKeyFlags", "SubjectNameFlags")
        .build();

    public TemplateV2() {
      super(SCHEMA);
    }

    /**
     * Certificate validity describes the validity and renewal periods of a certificate.
     *
     * <p>Required. CloudFormation property {@code CertificateValidity}.
     */
    public TemplateV2 certificateValidity(Value<CertificateValidity> value) {
      return set("CertificateValidity", value);
    }

    /**
     * Enrollment flags describe the enrollment settings for certificates such as using the existing
     * private key and deleting expired or revoked certificates.
     *
     * <p>Required. CloudFormation property {@code EnrollmentFlags}.
     */
    public TemplateV2 enrollmentFlags(Value<EnrollmentFlagsV2> value) {
      return set("EnrollmentFlags", value);
    }

    /**
     * Extensions describe the key usage extensions and application policies for a template.
     *
     * <p>Required. CloudFormation property {@code Extensions}.
     */
    public TemplateV2 extensions(Value<ExtensionsV2> value) {
      return set("Extensions", value);
    }

    /**
     * General flags describe whether the template is used for computers or users and if the
     * template can be used with autoenrollment.
     *
     * <p>Required. CloudFormation property {@code GeneralFlags}.
     */
    public TemplateV2 generalFlags(Value<GeneralFlagsV2> value) {
      return set("GeneralFlags", value);
    }

    /**
     * Private key attributes allow you to specify the minimal key length, key spec, and
     * cryptographic providers for the private key of a certificate for v2 templates. V2 templates
     * allow you to use Legacy Cryptographic Service Providers.
     *
     * <p>Required. CloudFormation property {@code PrivateKeyAttributes}.
     */
    public TemplateV2 privateKeyAttributes(Value<PrivateKeyAttributesV2> value) {
      return set("PrivateKeyAttributes", value);
    }

    /**
     * Private key flags for v2 templates specify the client compatibility, if the private key can
     * be exported, and if user input is required when using a private key.
     *
     * <p>Required. CloudFormation property {@code PrivateKeyFlags}.
     */
    public TemplateV2 privateKeyFlags(Value<PrivateKeyFlagsV2> value) {
      return set("PrivateKeyFlags", value);
    }

    /**
     * Subject name flags describe the subject name and subject alternate name that is included in a
     * certificate.
     *
     * <p>Required. CloudFormation property {@code SubjectNameFlags}.
     */
    public TemplateV2 subjectNameFlags(Value<SubjectNameFlagsV2> value) {
      return set("SubjectNameFlags", value);
    }

    /**
     * List of templates in Active Directory that are superseded by this template.
     *
     * <p>CloudFormation property {@code SupersededTemplates}.
     */
    public TemplateV2 supersededTemplates(List<String> value) {
      return set("SupersededTemplates", Value.listOf(value));
    }

    /** Sets {@code SupersededTemplates} to this value; see {@link #supersededTemplates(List)}. */
    public TemplateV2 supersededTemplates(Value<List<String>> value) {
      return set("SupersededTemplates", value);
    }
  }

  /**
   * v3 template schema that uses Key Storage Providers.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.TemplateV3}.
   */
  public static final class TemplateV3 extends Struct<TemplateV3> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorAD::Template.TemplateV3")
        .required("CertificateValidity", "EnrollmentFlags", "Extensions", "GeneralFlags",
            "HashAlgorithm", "PrivateKeyAttributes", "PrivateKeyFlags", "SubjectNameFlags")
        .allowed("HashAlgorithm", "SHA256", "SHA384", "SHA512")
        .build();

    public TemplateV3() {
      super(SCHEMA);
    }

    /**
     * Certificate validity describes the validity and renewal periods of a certificate.
     *
     * <p>Required. CloudFormation property {@code CertificateValidity}.
     */
    public TemplateV3 certificateValidity(Value<CertificateValidity> value) {
      return set("CertificateValidity", value);
    }

    /**
     * Enrollment flags describe the enrollment settings for certificates such as using the existing
     * private key and deleting expired or revoked certificates.
     *
     * <p>Required. CloudFormation property {@code EnrollmentFlags}.
     */
    public TemplateV3 enrollmentFlags(Value<EnrollmentFlagsV3> value) {
      return set("EnrollmentFlags", value);
    }

    /**
     * Extensions describe the key usage extensions and application policies for a template.
     *
     * <p>Required. CloudFormation property {@code Extensions}.
     */
    public TemplateV3 extensions(Value<ExtensionsV3> value) {
      return set("Extensions", value);
    }

    /**
     * General flags describe whether the template is used for computers or users and if the
     * template can be used with autoenrollment.
     *
     * <p>Required. CloudFormation property {@code GeneralFlags}.
     */
    public TemplateV3 generalFlags(Value<GeneralFlagsV3> value) {
      return set("GeneralFlags", value);
    }

    /**
     * Specifies the hash algorithm used to hash the private key.
     *
     * <p>Required. Allowed values: {@code SHA256}, {@code SHA384}, {@code SHA512}. CloudFormation
     * property {@code HashAlgorithm}.
     */
    public TemplateV3 hashAlgorithm(String value) {
      return set("HashAlgorithm", Value.of(value));
    }

    /** Sets {@code HashAlgorithm} to this value; see {@link #hashAlgorithm(String)}. */
    public TemplateV3 hashAlgorithm(Value<String> value) {
      return set("HashAlgorithm", value);
    }

    /**
     * Private key attributes allow you to specify the algorithm, minimal key length, key spec, key
     * usage, and cryptographic providers for the private key of a certificate for v3 templates. V3
     * templates allow you to use Key Storage Providers.
     *
     * <p>Required. CloudFormation property {@code PrivateKeyAttributes}.
     */
    public TemplateV3 privateKeyAttributes(Value<PrivateKeyAttributesV3> value) {
      return set("PrivateKeyAttributes", value);
    }

    /**
     * Private key flags for v3 templates specify the client compatibility, if the private key can
     * be exported, if user input is required when using a private key, and if an alternate
     * signature algorithm should be used.
     *
     * <p>Required. CloudFormation property {@code PrivateKeyFlags}.
     */
    public TemplateV3 privateKeyFlags(Value<PrivateKeyFlagsV3> value) {
      return set("PrivateKeyFlags", value);
    }

    /**
     * Subject name flags describe the subject name and subject alternate name that is included in a
     * certificate.
     *
     * <p>Required. CloudFormation property {@code SubjectNameFlags}.
     */
    public TemplateV3 subjectNameFlags(Value<SubjectNameFlagsV3> value) {
      return set("SubjectNameFlags", value);
    }

    /**
     * List of templates in Active Directory that are superseded by this template.
     *
     * <p>CloudFormation property {@code SupersededTemplates}.
     */
    public TemplateV3 supersededTemplates(List<String> value) {
      return set("SupersededTemplates", Value.listOf(value));
    }

    /** Sets {@code SupersededTemplates} to this value; see {@link #supersededTemplates(List)}. */
    public TemplateV3 supersededTemplates(Value<List<String>> value) {
      return set("SupersededTemplates", value);
    }
  }

  /**
   * v4 template schema that can use either Legacy Cryptographic Providers or Key Storage Providers.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.TemplateV4}.
   */
  public static final class TemplateV4 extends Struct<TemplateV4> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorAD::Template.TemplateV4")
        .required("CertificateValidity", "EnrollmentFlags", "Extensions", "GeneralFlags",
            "PrivateKeyAttributes", "PrivateKeyFlags", "SubjectNameFlags")
        .allowed("HashAlgorithm", "SHA256", "SHA384", "SHA512")
        .build();

    public TemplateV4() {
      super(SCHEMA);
    }

    /**
     * Certificate validity describes the validity and renewal periods of a certificate.
     *
     * <p>Required. CloudFormation property {@code CertificateValidity}.
     */
    public TemplateV4 certificateValidity(Value<CertificateValidity> value) {
      return set("CertificateValidity", value);
    }

    /**
     * Enrollment flags describe the enrollment settings for certificates using the existing private
     * key and deleting expired or revoked certificates.
     *
     * <p>Required. CloudFormation property {@code EnrollmentFlags}.
     */
    public TemplateV4 enrollmentFlags(Value<EnrollmentFlagsV4> value) {
      return set("EnrollmentFlags", value);
    }

    /**
     * Extensions describe the key usage extensions and application policies for a template.
     *
     * <p>Required. CloudFormation property {@code Extensions}.
     */
    public TemplateV4 extensions(Value<ExtensionsV4> value) {
      return set("Extensions", value);
    }

    /**
     * General flags describe whether the template is used for computers or users and if the
     * template can be used with autoenrollment.
     *
     * <p>Required. CloudFormation property {@code GeneralFlags}.
     */
    public TemplateV4 generalFlags(Value<GeneralFlagsV4> value) {
      return set("GeneralFlags", value);
    }

    /**
     * Specifies the hash algorithm used to hash the private key. Hash algorithm can only be
     * specified when using Key Storage Providers.
     *
     * <p>Allowed values: {@code SHA256}, {@code SHA384}, {@code SHA512}. CloudFormation property
     * {@code HashAlgorithm}.
     */
    public TemplateV4 hashAlgorithm(String value) {
      return set("HashAlgorithm", Value.of(value));
    }

    /** Sets {@code HashAlgorithm} to this value; see {@link #hashAlgorithm(String)}. */
    public TemplateV4 hashAlgorithm(Value<String> value) {
      return set("HashAlgorithm", value);
    }

    /**
     * Private key attributes allow you to specify the minimal key length, key spec, key usage, and
     * cryptographic providers for the private key of a certificate for v4 templates. V4 templates
     * allow you to use either Key Storage Providers or Legacy Cryptographic Service Providers. You
     * specify the cryptography provider category in private key flags.
     *
     * <p>Required. CloudFormation property {@code PrivateKeyAttributes}.
     */
    public TemplateV4 privateKeyAttributes(Value<PrivateKeyAttributesV4> value) {
      return set("PrivateKeyAttributes", value);
    }

    /**
     * Private key flags for v4 templates specify the client compatibility, if the private key can
     * be exported, if user input is required when using a private key, if an alternate signature
     * algorithm should be used, and if certificates are renewed using the same private key.
     *
     * <p>Required. CloudFormation property {@code PrivateKeyFlags}.
     */
    public TemplateV4 privateKeyFlags(Value<PrivateKeyFlagsV4> value) {
      return set("PrivateKeyFlags", value);
    }

    /**
     * Subject name flags describe the subject name and subject alternate name that is included in a
     * certificate.
     *
     * <p>Required. CloudFormation property {@code SubjectNameFlags}.
     */
    public TemplateV4 subjectNameFlags(Value<SubjectNameFlagsV4> value) {
      return set("SubjectNameFlags", value);
    }

    /**
     * List of templates in Active Directory that are superseded by this template.
     *
     * <p>CloudFormation property {@code SupersededTemplates}.
     */
    public TemplateV4 supersededTemplates(List<String> value) {
      return set("SupersededTemplates", Value.listOf(value));
    }

    /** Sets {@code SupersededTemplates} to this value; see {@link #supersededTemplates(List)}. */
    public TemplateV4 supersededTemplates(Value<List<String>> value) {
      return set("SupersededTemplates", value);
    }
  }

  /**
   * Information describing the end of the validity period of the certificate. This parameter sets
   * the “Not After” date for the certificate. Certificate validity is the period of time during
   * which a certificate is valid. Validity can be expressed as an explicit date and time when the
   * certificate expires, or as a span of time after issuance, stated in hours, days, months, or
   * years. For more information, see Validity in RFC 5280. This value is unaffected when
   * ValidityNotBefore is also specified. For example, if Validity is set to 20 days in the future,
   * the certificate will expire 20 days from issuance time regardless of the ValidityNotBefore
   * value.
   *
   * <p>Property type {@code AWS::PCAConnectorAD::Template.ValidityPeriod}.
   */
  public static final class ValidityPeriod extends Struct<ValidityPeriod> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorAD::Template.ValidityPeriod")
        .required("Period", "PeriodType")
        .allowed("PeriodType", "HOURS", "DAYS", "WEEKS", "MONTHS", "YEARS")
        .build();

    public ValidityPeriod() {
      super(SCHEMA);
    }

    /**
     * The numeric value for the validity period.
     *
     * <p>Required. CloudFormation property {@code Period}.
     */
    public ValidityPeriod period(double value) {
      return set("Period", Value.of(value));
    }

    /** Sets {@code Period} to this value; see {@link #period(double)}. */
    public ValidityPeriod period(Value<Double> value) {
      return set("Period", value);
    }

    /**
     * The unit of time. You can select hours, days, weeks, months, and years.
     *
     * <p>Required. Allowed values: {@code HOURS}, {@code DAYS}, {@code WEEKS}, {@code MONTHS},
     * {@code YEARS}. CloudFormation property {@code PeriodType}.
     */
    public ValidityPeriod periodType(String value) {
      return set("PeriodType", Value.of(value));
    }

    /** Sets {@code PeriodType} to this value; see {@link #periodType(String)}. */
    public ValidityPeriod periodType(Value<String> value) {
      return set("PeriodType", value);
    }
  }
}
