// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.amplify;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import java.util.List;

/**
 * Specifies the AWS::Amplify::Domain resource that enables you to connect a custom domain to your
 * app.
 *
 * <p>CloudFormation type {@code AWS::Amplify::Domain}.
 */
public final class Domain extends Resource<Domain> {
  private static final Schema SCHEMA = Schema.builder("AWS::Amplify::Domain")
      .required("AppId", "DomainName", "SubDomainSettings")
      .constrain("AppId", Constraint.of().pattern("d[a-z0-9]+").minLength(1).maxLength(20))
      .references("AppId", "AWS::Amplify::App.AppId")
      .constrain("AutoSubDomainCreationPatterns", Constraint.of().pattern("(?s).+").minLength(1).maxLength(2048))
      .constrain("AutoSubDomainIAMRole", Constraint.of().pattern("^$|^arn:.+:iam::\\d{12}:role.+").minLength(0).maxLength(1000))
      .references("AutoSubDomainIAMRole", "AWS::IAM::Role.Arn")
      .constrain("DomainName", Constraint.of().pattern("^(((?!-)[A-Za-z0-9-]{0,62}[A-Za-z0-9])\\.)+((?!-)[A-Za-z0-9-]{1,62}[A-Za-z0-9])(\\.)?$").minLength(0).maxLength(255))
      .refYields("Arn")
      .attributes("Arn", "AutoSubDomainCreationPatterns", "AutoSubDomainIAMRole", "Certificate",
          "CertificateRecord", "DomainName", "DomainStatus", "EnableAutoSubDomain", "StatusReason",
          "UpdateStatus")
      .build();

  public Domain(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique ID for an Amplify app.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 20 characters. Pattern: {@code
   * d[a-z0-9]+}. CloudFormation property {@code AppId}.
   */
  public Domain appId(String value) {
    return set("AppId", Value.of(value));
  }

  /** Sets {@code AppId} to this value; see {@link #appId(String)}. */
  public Domain appId(Value<String> value) {
    return set("AppId", value);
  }

  /** Sets {@code AppId} to the AppId of {@code AWS::Amplify::App}; see {@link #appId(String)}. */
  public Domain appId(App resource) {
    return set("AppId", resource.appId());
  }

  /**
   * Sets the branch patterns for automatic subdomain creation.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code (?s).+}. CloudFormation property {@code
   * AutoSubDomainCreationPatterns}.
   */
  public Domain autoSubDomainCreationPatterns(List<String> value) {
    return set("AutoSubDomainCreationPatterns", Value.listOf(value));
  }

  /**
   * Sets {@code AutoSubDomainCreationPatterns} to this value; see {@link
   * #autoSubDomainCreationPatterns(List)}.
   */
  public Domain autoSubDomainCreationPatterns(Value<List<String>> value) {
    return set("AutoSubDomainCreationPatterns", value);
  }

  /**
   * The required AWS Identity and Access Management (IAMlong) service role for the Amazon Resource
   * Name (ARN) for automatically creating subdomains.
   *
   * <p>Length: 0 to 1000 characters. Pattern: {@code ^$|^arn:.+:iam::&#92;d{12}:role.+}.
   * CloudFormation property {@code AutoSubDomainIAMRole}.
   */
  public Domain autoSubDomainIAMRole(String value) {
    return set("AutoSubDomainIAMRole", Value.of(value));
  }

  /** Sets {@code AutoSubDomainIAMRole} to this value; see {@link #autoSubDomainIAMRole(String)}. */
  public Domain autoSubDomainIAMRole(Value<String> value) {
    return set("AutoSubDomainIAMRole", value);
  }

  /**
   * Sets {@code AutoSubDomainIAMRole} to the Arn of {@code AWS::IAM::Role}; see {@link
   * #autoSubDomainIAMRole(String)}.
   */
  public Domain autoSubDomainIAMRole(Role resource) {
    return set("AutoSubDomainIAMRole", resource.arn());
  }

  /**
   * The type of SSL/TLS certificate to use for your custom domain. If you don't specify a
   * certificate type, Amplify uses the default certificate that it provisions and manages for you.
   *
   * <p>CloudFormation property {@code CertificateSettings}.
   */
  public Domain certificateSettings(Value<CertificateSettings> value) {
    return set("CertificateSettings", value);
  }

  /**
   * The domain name for the domain association.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 255 characters. Pattern: {@code
   * ^(((?!-)[A-Za-z0-9-]{0,62}[A-Za-z0-9])&#92;.)+((?!-)[A-Za-z0-9-]{1,62}[A-Za-z0-9])(&#92;.)?$}.
   * CloudFormation property {@code DomainName}.
   */
  public Domain domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public Domain domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * Enables the automated creation of subdomains for branches.
   *
   * <p>CloudFormation property {@code EnableAutoSubDomain}.
   */
  public Domain enableAutoSubDomain(boolean value) {
    return set("EnableAutoSubDomain", Value.of(value));
  }

  /** Sets {@code EnableAutoSubDomain} to this value; see {@link #enableAutoSubDomain(boolean)}. */
  public Domain enableAutoSubDomain(Value<Boolean> value) {
    return set("EnableAutoSubDomain", value);
  }

  /**
   * The setting for the subdomain.
   *
   * <p>Required. CloudFormation property {@code SubDomainSettings}.
   */
  public Domain subDomainSettings(List<SubDomainSetting> value) {
    return set("SubDomainSettings", Value.listOf(value));
  }

  /** Sets {@code SubDomainSettings} to this value; see {@link #subDomainSettings(List)}. */
  public Domain subDomainSettings(Value<List<SubDomainSetting>> value) {
    return set("SubDomainSettings", value);
  }

  /** Sets {@code SubDomainSettings} to a list of these; see {@link #subDomainSettings(List)}. */
  public Domain subDomainSettings(SubDomainSetting... values) {
    return set("SubDomainSettings", Value.list(values));
  }

  /**
   * ARN for the Domain Association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Branch patterns for the automatically created subdomain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AutoSubDomainCreationPatterns}.
   */
  public Value<List<String>> autoSubDomainCreationPatterns() {
    return getAtt("AutoSubDomainCreationPatterns");
  }

  /**
   * The IAM service role for the subdomain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AutoSubDomainIAMRole}.
   */
  public Value<String> autoSubDomainIAMRole() {
    return getAtt("AutoSubDomainIAMRole");
  }

  /** {@code Fn::GetAtt} attribute {@code Certificate}. */
  public Value<Certificate> certificate() {
    return getAtt("Certificate");
  }

  /**
   * DNS Record for certificate verification.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CertificateRecord}.
   */
  public Value<String> certificateRecord() {
    return getAtt("CertificateRecord");
  }

  /**
   * Name of the domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainName}.
   */
  public Value<String> domainName() {
    return getAtt("DomainName");
  }

  /**
   * Status for the Domain Association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainStatus}.
   */
  public Value<String> domainStatus() {
    return getAtt("DomainStatus");
  }

  /**
   * Specifies whether the automated creation of subdomains for branches is enabled.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EnableAutoSubDomain}.
   */
  public Value<Boolean> enableAutoSubDomain() {
    return getAtt("EnableAutoSubDomain");
  }

  /**
   * Reason for the current status of the domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusReason}.
   */
  public Value<String> statusReason() {
    return getAtt("StatusReason");
  }

  /**
   * The status of the domain update operation that is currently in progress. The following list
   * describes the valid update states.
   *
   * <ul> <li><b>REQUESTING_CERTIFICATE</b> - The certificate is in the process of being updated.
   * <li><b>PENDING_VERIFICATION</b> - Indicates that an Amplify managed certificate is in the
   * process of being verified. This occurs during the creation of a custom domain or when a custom
   * domain is updated to use a managed certificate. <li><b>IMPORTING_CUSTOM_CERTIFICATE</b> -
   * Indicates that an Amplify custom certificate is in the process of being imported. This occurs
   * during the creation of a custom domain or when a custom domain is updated to use a custom
   * certificate. <li><b>PENDING_DEPLOYMENT</b> - Indicates that the subdomain or certificate
   * changes are being propagated. <li><b>AWAITING_APP_CNAME</b> - Amplify is waiting for CNAME
   * records corresponding to subdomains to be propagated. If your custom domain is on Route 53,
   * Amplify handles this for you automatically. For more information about custom domains, see <a
   * href="https://docs.aws.amazon.com/amplify/latest/userguide/custom-domains.html">Setting up
   * custom domains</a> in the <em>Amplify Hosting User Guide</em> . <li><b>UPDATE_COMPLETE</b> -
   * The certificate has been associated with a domain. <li><b>UPDATE_FAILED</b> - The certificate
   * has failed to be provisioned or associated, and there is no existing active certificate to roll
   * back to. </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdateStatus}.
   */
  public Value<String> updateStatus() {
    return getAtt("UpdateStatus");
  }

  /**
   * Describes the SSL/TLS certificate for the domain association. This can be your own custom
   * certificate or the default certificate that Amplify provisions for you.
   *
   * <p>If you are updating your domain to use a different certificate, <code>Certificate</code>
   * points to the new certificate that is being created instead of the current active certificate.
   * Otherwise, <code>Certificate</code> points to the current active certificate.
   *
   * <p>Property type {@code AWS::Amplify::Domain.Certificate}.
   */
  public static final class Certificate extends Struct<Certificate> {
    private static final Schema SCHEMA = Schema.builder("AWS::Amplify::Domain.Certificate")
        .allowed("CertificateType", "AMPLIFY_MANAGED", "CUSTOM")
        .build();

    public Certificate() {
      super(SCHEMA);
    }

    /**
     * The Amazon resource name (ARN) for a custom certificate that you have already added to
     * Certificate Manager in your AWS account .
     *
     * <p>This field is required only when the certificate type is <code>CUSTOM</code> .
     *
     * <p>CloudFormation property {@code CertificateArn}.
     */
    public Certificate certificateArn(String value) {
      return set("CertificateArn", Value.of(value));
    }

    /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
    public Certificate certificateArn(Value<String> value) {
      return set("CertificateArn", value);
    }

    /**
     * The type of SSL/TLS certificate that you want to use.
     *
     * <p>Specify <code>AMPLIFY_MANAGED</code> to use the default certificate that Amplify
     * provisions for you.
     *
     * <p>Specify <code>CUSTOM</code> to use your own certificate that you have already added to
     * Certificate Manager in your AWS account . Make sure you request (or import) the certificate
     * in the US East (N. Virginia) Region (us-east-1). For more information about using ACM, see <a
     * href="https://docs.aws.amazon.com/acm/latest/userguide/import-certificate.html">Importing
     * certificates into Certificate Manager</a> in the <em>ACM User guide</em> .
     *
     * <p>Allowed values: {@code AMPLIFY_MANAGED}, {@code CUSTOM}. CloudFormation property {@code
     * CertificateType}.
     */
    public Certificate certificateType(String value) {
      return set("CertificateType", Value.of(value));
    }

    /** Sets {@code CertificateType} to this value; see {@link #certificateType(String)}. */
    public Certificate certificateType(Value<String> value) {
      return set("CertificateType", value);
    }

    /**
     * The DNS record for certificate verification.
     *
     * <p>CloudFormation property {@code CertificateVerificationDNSRecord}.
     */
    public Certificate certificateVerificationDNSRecord(String value) {
      return set("CertificateVerificationDNSRecord", Value.of(value));
    }

    /**
     * Sets {@code CertificateVerificationDNSRecord} to this value; see {@link
     * #certificateVerificationDNSRecord(String)}.
     */
    public Certificate certificateVerificationDNSRecord(Value<String> value) {
      return set("CertificateVerificationDNSRecord", value);
    }
  }

  /**
   * The type of SSL/TLS certificate to use for your custom domain. If a certificate type isn't
   * specified, Amplify uses the default <code>AMPLIFY_MANAGED</code> certificate.
   *
   * <p>Property type {@code AWS::Amplify::Domain.CertificateSettings}.
   */
  public static final class CertificateSettings extends Struct<CertificateSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::Amplify::Domain.CertificateSettings")
        .allowed("CertificateType", "AMPLIFY_MANAGED", "CUSTOM")
        .constrain("CustomCertificateArn", Constraint.of().pattern("^arn:aws:acm:[a-z0-9-]+:\\d{12}:certificate\\/.+$").minLength(0).maxLength(1000))
        .build();

    public CertificateSettings() {
      super(SCHEMA);
    }

    /**
     * The certificate type.
     *
     * <p>Specify <code>AMPLIFY_MANAGED</code> to use the default certificate that Amplify
     * provisions for you.
     *
     * <p>Specify <code>CUSTOM</code> to use your own certificate that you have already added to
     * Certificate Manager in your AWS account . Make sure you request (or import) the certificate
     * in the US East (N. Virginia) Region (us-east-1). For more information about using ACM, see <a
     * href="https://docs.aws.amazon.com/acm/latest/userguide/import-certificate.html">Importing
     * certificates into Certificate Manager</a> in the <em>ACM User guide</em> .
     *
     * <p>Allowed values: {@code AMPLIFY_MANAGED}, {@code CUSTOM}. CloudFormation property {@code
     * CertificateType}.
     */
    public CertificateSettings certificateType(String value) {
      return set("CertificateType", Value.of(value));
    }

    /** Sets {@code CertificateType} to this value; see {@link #certificateType(String)}. */
    public CertificateSettings certificateType(Value<String> value) {
      return set("CertificateType", value);
    }

    /**
     * The Amazon resource name (ARN) for the custom certificate that you have already added to
     * Certificate Manager in your AWS account .
     *
     * <p>This field is required only when the certificate type is <code>CUSTOM</code> .
     *
     * <p>Length: 0 to 1000 characters. Pattern: {@code
     * ^arn:aws:acm:[a-z0-9-]+:&#92;d{12}:certificate&#92;/.+$}. CloudFormation property {@code
     * CustomCertificateArn}.
     */
    public CertificateSettings customCertificateArn(String value) {
      return set("CustomCertificateArn", Value.of(value));
    }

    /**
     * Sets {@code CustomCertificateArn} to this value; see {@link #customCertificateArn(String)}.
     */
    public CertificateSettings customCertificateArn(Value<String> value) {
      return set("CustomCertificateArn", value);
    }
  }

  /**
   * The SubDomainSetting property type enables you to connect a subdomain (for example,
   * example.exampledomain.com) to a specific branch.
   *
   * <p>Property type {@code AWS::Amplify::Domain.SubDomainSetting}.
   */
  public static final class SubDomainSetting extends Struct<SubDomainSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::Amplify::Domain.SubDomainSetting")
        .required("BranchName", "Prefix")
        .constrain("BranchName", Constraint.of().pattern("(?s).+").minLength(1).maxLength(255))
        .references("BranchName", "AWS::Amplify::Branch.BranchName")
        .constrain("Prefix", Constraint.of().pattern("(?s).*").minLength(0).maxLength(255))
        .build();

    public SubDomainSetting() {
      super(SCHEMA);
    }

    /**
     * The branch name setting for the subdomain.
     *
     * <p><em>Length Constraints:</em> Minimum length of 1. Maximum length of 255.
     *
     * <p><em>Pattern:</em> (?s).+
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code (?s).+}. CloudFormation property
     * {@code BranchName}.
     */
    public SubDomainSetting branchName(String value) {
      return set("BranchName", Value.of(value));
    }

    /** Sets {@code BranchName} to this value; see {@link #branchName(String)}. */
    public SubDomainSetting branchName(Value<String> value) {
      return set("BranchName", value);
    }

    /**
     * Sets {@code BranchName} to the BranchName of {@code AWS::Amplify::Branch}; see {@link
     * #branchName(String)}.
     */
    public SubDomainSetting branchName(Branch resource) {
      return set("BranchName", resource.branchName());
    }

    /**
     * The prefix setting for the subdomain.
     *
     * <p>Required. Length: 0 to 255 characters. Pattern: {@code (?s).*}. CloudFormation property
     * {@code Prefix}.
     */
    public SubDomainSetting prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public SubDomainSetting prefix(Value<String> value) {
      return set("Prefix", value);
    }
  }
}
