// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appstream;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::AppStream::DirectoryConfig</code> resource specifies the configuration information
 * required to join Amazon AppStream 2.0 fleets and image builders to Microsoft Active Directory
 * domains.
 *
 * <p>CloudFormation type {@code AWS::AppStream::DirectoryConfig}.
 */
public final class DirectoryConfig extends Resource<DirectoryConfig> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppStream::DirectoryConfig")
      .required("DirectoryName", "OrganizationalUnitDistinguishedNames",
          "ServiceAccountCredentials")
      .constrain("OrganizationalUnitDistinguishedNames", Constraint.of().minLength(0).maxLength(2000))
      .refYields("DirectoryName")
      .build();

  public DirectoryConfig(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The certificate-based authentication properties used to authenticate SAML 2.0 Identity Provider
   * (IdP) user identities to Active Directory domain-joined streaming instances.
   *
   * <p>CloudFormation property {@code CertificateBasedAuthProperties}.
   */
  public DirectoryConfig certificateBasedAuthProperties(Value<CertificateBasedAuthProperties> value) {
    return set("CertificateBasedAuthProperties", value);
  }

  /**
   * The fully qualified name of the directory (for example, corp.example.com).
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code DirectoryName}.
   */
  public DirectoryConfig directoryName(String value) {
    return set("DirectoryName", Value.of(value));
  }

  /** Sets {@code DirectoryName} to this value; see {@link #directoryName(String)}. */
  public DirectoryConfig directoryName(Value<String> value) {
    return set("DirectoryName", value);
  }

  /**
   * The distinguished names of the organizational units for computer accounts.
   *
   * <p>Required. Length: 0 to 2000 characters. CloudFormation property {@code
   * OrganizationalUnitDistinguishedNames}.
   */
  public DirectoryConfig organizationalUnitDistinguishedNames(List<String> value) {
    return set("OrganizationalUnitDistinguishedNames", Value.listOf(value));
  }

  /**
   * Sets {@code OrganizationalUnitDistinguishedNames} to this value; see {@link
   * #organizationalUnitDistinguishedNames(List)}.
   */
  public DirectoryConfig organizationalUnitDistinguishedNames(Value<List<String>> value) {
    return set("OrganizationalUnitDistinguishedNames", value);
  }

  /**
   * The credentials for the service account used by the streaming instance to connect to the
   * directory. Do not use this parameter directly. Use <code>ServiceAccountCredentials</code> as an
   * input parameter with <code>noEcho</code> as shown in the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html">Parameters</a>
   * . For best practices information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/best-practices.html#creds">Do
   * Not Embed Credentials in Your Templates</a> .
   *
   * <p>Required. CloudFormation property {@code ServiceAccountCredentials}.
   */
  public DirectoryConfig serviceAccountCredentials(Value<ServiceAccountCredentials> value) {
    return set("ServiceAccountCredentials", value);
  }

  /**
   * The certificate-based authentication properties used to authenticate SAML 2.0 Identity Provider
   * (IdP) user identities to Active Directory domain-joined streaming instances.
   *
   * <p>Property type {@code AWS::AppStream::DirectoryConfig.CertificateBasedAuthProperties}.
   */
  public static final class CertificateBasedAuthProperties extends Struct<CertificateBasedAuthProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppStream::DirectoryConfig.CertificateBasedAuthProperties")
        .constrain("CertificateAuthorityArn", Constraint.of().pattern("^arn:aws(?:\\-cn|\\-iso\\-b|\\-iso|\\-us\\-gov)?:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.\\\\-]{0,1023}$"))
        .allowed("Status", "DISABLED", "ENABLED", "ENABLED_NO_DIRECTORY_LOGIN_FALLBACK")
        .build();

    public CertificateBasedAuthProperties() {
      super(SCHEMA);
    }

    /**
     * The ARN of the AWS Certificate Manager Private CA resource.
     *
     * <p>Pattern: {@code
     * ^arn:aws(?:&#92;-cn|&#92;-iso&#92;-b|&#92;-iso|&#92;-us&#92;-gov)?:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,&#64;.&#92;&#92;-]{0,1023}$}.
     * CloudFormation property {@code CertificateAuthorityArn}.
     */
    public CertificateBasedAuthProperties certificateAuthorityArn(String value) {
      return set("CertificateAuthorityArn", Value.of(value));
    }

    /**
     * Sets {@code CertificateAuthorityArn} to this value; see {@link
     * #certificateAuthorityArn(String)}.
     */
    public CertificateBasedAuthProperties certificateAuthorityArn(Value<String> value) {
      return set("CertificateAuthorityArn", value);
    }

    /**
     * The status of the certificate-based authentication properties. Fallback is turned on by
     * default when certificate-based authentication is <em>Enabled</em> . Fallback allows users to
     * log in using their AD domain password if certificate-based authentication is unsuccessful, or
     * to unlock a desktop lock screen. <em>Enabled_no_directory_login_fallback</em> enables
     * certificate-based authentication, but does not allow users to log in using their AD domain
     * password. Users will be disconnected to re-authenticate using certificates.
     *
     * <p>Allowed values: {@code DISABLED}, {@code ENABLED}, {@code
     * ENABLED_NO_DIRECTORY_LOGIN_FALLBACK}. CloudFormation property {@code Status}.
     */
    public CertificateBasedAuthProperties status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public CertificateBasedAuthProperties status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * The credentials for the service account used by the streaming instance to connect to the
   * directory.
   *
   * <p>Property type {@code AWS::AppStream::DirectoryConfig.ServiceAccountCredentials}.
   */
  public static final class ServiceAccountCredentials extends Struct<ServiceAccountCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppStream::DirectoryConfig.ServiceAccountCredentials")
        .required("AccountName", "AccountPassword")
        .constrain("AccountName", Constraint.of().minLength(1))
        .constrain("AccountPassword", Constraint.of().minLength(1).maxLength(127))
        .build();

    public ServiceAccountCredentials() {
      super(SCHEMA);
    }

    /**
     * The user name of the account. This account must have the following privileges: create
     * computer objects, join computers to the domain, and change/reset the password on descendant
     * computer objects for the organizational units specified.
     *
     * <p>Required. Length: at least 1 characters. CloudFormation property {@code AccountName}.
     */
    public ServiceAccountCredentials accountName(String value) {
      return set("AccountName", Value.of(value));
    }

    /** Sets {@code AccountName} to this value; see {@link #accountName(String)}. */
    public ServiceAccountCredentials accountName(Value<String> value) {
      return set("AccountName", value);
    }

    /**
     * The password for the account.
     *
     * <p>Required. Length: 1 to 127 characters. CloudFormation property {@code AccountPassword}.
     */
    public ServiceAccountCredentials accountPassword(String value) {
      return set("AccountPassword", Value.of(value));
    }

    /** Sets {@code AccountPassword} to this value; see {@link #accountPassword(String)}. */
    public ServiceAccountCredentials accountPassword(Value<String> value) {
      return set("AccountPassword", value);
    }
  }
}
