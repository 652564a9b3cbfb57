// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iam;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an IAM resource that describes an identity provider (IdP) that supports SAML 2.0.
 *
 * <p>The SAML provider resource that you create with this operation can be used as a principal in
 * an IAM role's trust policy. Such a policy can enable federated users who sign in using the SAML
 * IdP to assume the role. You can create an IAM role that supports Web-based single sign-on (SSO)
 * to the AWS Management Console or one that supports API access to AWS .
 *
 * <p>When you create the SAML provider resource, you upload a SAML metadata document that you get
 * from your IdP. That document includes the issuer's name, expiration information, and keys that
 * can be used to validate the SAML authentication response (assertions) that the IdP sends. You
 * must generate the metadata document using the identity management software that is used as your
 * organization's IdP.
 *
 * <p>This operation requires <a
 * href="https://docs.aws.amazon.com/general/latest/gr/signature-version-4.html">Signature Version
 * 4</a> .
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_enable-console-saml.html">Enabling
 * SAML 2.0 federated users to access the AWS Management Console</a> and <a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_saml.html">About SAML
 * 2.0-based federation</a> in the <em>IAM User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IAM::SAMLProvider}.
 */
public final class SAMLProvider extends Resource<SAMLProvider> {
  private static final Schema SCHEMA = Schema.builder("AWS::IAM::SAMLProvider")
      .constrain("AddPrivateKey", Constraint.of().pattern("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+").minLength(1).maxLength(16384))
      .allowed("AssertionEncryptionMode", "Allowed", "Required")
      .constrain("Name", Constraint.of().pattern("[\\w._-]+").minLength(1).maxLength(128))
      .constrain("RemovePrivateKey", Constraint.of().pattern("[A-Z0-9]+").minLength(22).maxLength(64))
      .constrain("SamlMetadataDocument", Constraint.of().minLength(1000).maxLength(10000000))
      .refYields("Arn")
      .attributes("Arn", "SamlProviderUUID")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SAMLProvider(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies the new private key from your external identity provider. The private key must be a
   * .pem file that uses AES-GCM or AES-CBC encryption algorithm to decrypt SAML assertions.
   *
   * <p>Changing it replaces the resource. Length: 1 to 16384 characters. Pattern: {@code
   * [&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u00FF]+}. CloudFormation property {@code
   * AddPrivateKey}.
   */
  public SAMLProvider addPrivateKey(String value) {
    return set("AddPrivateKey", Value.of(value));
  }

  /** Sets {@code AddPrivateKey} to this value; see {@link #addPrivateKey(String)}. */
  public SAMLProvider addPrivateKey(Value<String> value) {
    return set("AddPrivateKey", value);
  }

  /**
   * Specifies the encryption setting for the SAML provider.
   *
   * <p>Allowed values: {@code Allowed}, {@code Required}. CloudFormation property {@code
   * AssertionEncryptionMode}.
   */
  public SAMLProvider assertionEncryptionMode(String value) {
    return set("AssertionEncryptionMode", Value.of(value));
  }

  /**
   * Sets {@code AssertionEncryptionMode} to this value; see {@link
   * #assertionEncryptionMode(String)}.
   */
  public SAMLProvider assertionEncryptionMode(Value<String> value) {
    return set("AssertionEncryptionMode", value);
  }

  /**
   * The name of the provider to create.
   *
   * <p>This parameter allows (through its <a
   * href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a> ) a string
   * of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can
   * also include any of the following characters: _+=,.&#64;-
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [&#92;w._-]+}. CloudFormation property {@code Name}.
   */
  public SAMLProvider name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public SAMLProvider name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The private key metadata for the SAML provider.
   *
   * <p>CloudFormation property {@code PrivateKeyList}.
   */
  public SAMLProvider privateKeyList(List<SAMLPrivateKey> value) {
    return set("PrivateKeyList", Value.listOf(value));
  }

  /** Sets {@code PrivateKeyList} to this value; see {@link #privateKeyList(List)}. */
  public SAMLProvider privateKeyList(Value<List<SAMLPrivateKey>> value) {
    return set("PrivateKeyList", value);
  }

  /** Sets {@code PrivateKeyList} to a list of these; see {@link #privateKeyList(List)}. */
  public SAMLProvider privateKeyList(SAMLPrivateKey... values) {
    return set("PrivateKeyList", Value.list(values));
  }

  /**
   * The Key ID of the private key to remove.
   *
   * <p>Changing it replaces the resource. Length: 22 to 64 characters. Pattern: {@code [A-Z0-9]+}.
   * CloudFormation property {@code RemovePrivateKey}.
   */
  public SAMLProvider removePrivateKey(String value) {
    return set("RemovePrivateKey", Value.of(value));
  }

  /** Sets {@code RemovePrivateKey} to this value; see {@link #removePrivateKey(String)}. */
  public SAMLProvider removePrivateKey(Value<String> value) {
    return set("RemovePrivateKey", value);
  }

  /**
   * An XML document generated by an identity provider (IdP) that supports SAML 2.0. The document
   * includes the issuer's name, expiration information, and keys that can be used to validate the
   * SAML authentication response (assertions) that are received from the IdP. You must generate the
   * metadata document using the identity management software that is used as your organization's
   * IdP.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_saml.html">About SAML
   * 2.0-based federation</a> in the <em>IAM User Guide</em>
   *
   * <p>Length: 1000 to 10000000 characters. CloudFormation property {@code SamlMetadataDocument}.
   */
  public SAMLProvider samlMetadataDocument(String value) {
    return set("SamlMetadataDocument", Value.of(value));
  }

  /** Sets {@code SamlMetadataDocument} to this value; see {@link #samlMetadataDocument(String)}. */
  public SAMLProvider samlMetadataDocument(Value<String> value) {
    return set("SamlMetadataDocument", value);
  }

  /**
   * A list of tags that you want to attach to the new IAM SAML provider. Each tag consists of a key
   * name and an associated value. For more information about tagging, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html">Tagging IAM resources</a>
   * in the <em>IAM User Guide</em> .
   *
   * <p>If any one of the tags is invalid or if you exceed the allowed maximum number of tags, then
   * the entire request fails and the resource is not created.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SAMLProvider tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SAMLProvider tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SAMLProvider tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns the Amazon Resource Name (ARN) for the specified <code>AWS::IAM::SAMLProvider</code>
   * resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier assigned to the SAML provider.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SamlProviderUUID}.
   */
  public Value<String> samlProviderUUID() {
    return getAtt("SamlProviderUUID");
  }

  /**
   * Contains the private keys for the SAML provider.
   *
   * <p>This data type is used as a response element in the <a
   * href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetSAMLProvider.html">GetSAMLProvider</a>
   * operation.
   *
   * <p>Property type {@code AWS::IAM::SAMLProvider.SAMLPrivateKey}.
   */
  public static final class SAMLPrivateKey extends Struct<SAMLPrivateKey> {
    private static final Schema SCHEMA = Schema.builder("AWS::IAM::SAMLProvider.SAMLPrivateKey")
        .required("KeyId", "Timestamp")
        .constrain("KeyId", Constraint.of().pattern("[A-Z0-9]+").minLength(22).maxLength(64))
        .constrain("Timestamp", Constraint.of().format("date-time"))
        .build();

    public SAMLPrivateKey() {
      super(SCHEMA);
    }

    /**
     * The unique identifier for the SAML private key.
     *
     * <p>Required. Length: 22 to 64 characters. Pattern: {@code [A-Z0-9]+}. CloudFormation property
     * {@code KeyId}.
     */
    public SAMLPrivateKey keyId(String value) {
      return set("KeyId", Value.of(value));
    }

    /** Sets {@code KeyId} to this value; see {@link #keyId(String)}. */
    public SAMLPrivateKey keyId(Value<String> value) {
      return set("KeyId", value);
    }

    /**
     * The date and time, in <a
     * href="https://docs.aws.amazon.com/http://www.iso.org/iso/iso8601">ISO 8601 date-time</a>
     * format, when the private key was uploaded.
     *
     * <p>Required. Format: {@code date-time}. CloudFormation property {@code Timestamp}.
     */
    public SAMLPrivateKey timestamp(String value) {
      return set("Timestamp", Value.of(value));
    }

    /** Sets {@code Timestamp} to this value; see {@link #timestamp(String)}. */
    public SAMLPrivateKey timestamp(Value<String> value) {
      return set("Timestamp", value);
    }
  }
}
