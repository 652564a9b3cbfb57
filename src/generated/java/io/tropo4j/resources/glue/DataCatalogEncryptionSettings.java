// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Sets the security configuration for a specified catalog. After the configuration has been set,
 * the specified encryption is applied to every catalog write thereafter.
 *
 * <p>CloudFormation type {@code AWS::Glue::DataCatalogEncryptionSettings}.
 */
public final class DataCatalogEncryptionSettings extends Resource<DataCatalogEncryptionSettings> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::DataCatalogEncryptionSettings")
      .required("CatalogId", "DataCatalogEncryptionSettings")
      .constrain("CatalogId", Constraint.of().minLength(1).maxLength(255))
      .refYields("CatalogId")
      .build();

  public DataCatalogEncryptionSettings(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the Data Catalog in which the settings are created.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code CatalogId}.
   */
  public DataCatalogEncryptionSettings catalogId(String value) {
    return set("CatalogId", Value.of(value));
  }

  /** Sets {@code CatalogId} to this value; see {@link #catalogId(String)}. */
  public DataCatalogEncryptionSettings catalogId(Value<String> value) {
    return set("CatalogId", value);
  }

  /**
   * Contains configuration information for maintaining Data Catalog security.
   *
   * <p>Required. CloudFormation property {@code DataCatalogEncryptionSettings}.
   */
  public DataCatalogEncryptionSettings dataCatalogEncryptionSettings(Value<DataCatalogEncryptionSettingsProperty> value) {
    return set("DataCatalogEncryptionSettings", value);
  }

  /**
   * The data structure used by the Data Catalog to encrypt the password as part of
   * <code>CreateConnection</code> or <code>UpdateConnection</code> and store it in the
   * <code>ENCRYPTED_PASSWORD</code> field in the connection properties. You can enable catalog
   * encryption or only password encryption.
   *
   * <p>When a <code>CreationConnection</code> request arrives containing a password, the Data
   * Catalog first encrypts the password using your AWS key. It then encrypts the whole connection
   * object again if catalog encryption is also enabled.
   *
   * <p>This encryption requires that you set AWS key permissions to enable or restrict access on
   * the password key according to your security requirements. For example, you might want only
   * administrators to have decrypt permission on the password key.
   *
   * <p>Property type {@code AWS::Glue::DataCatalogEncryptionSettings.ConnectionPasswordEncryption}.
   */
  public static final class ConnectionPasswordEncryption extends Struct<ConnectionPasswordEncryption> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::DataCatalogEncryptionSettings.ConnectionPasswordEncryption");

    public ConnectionPasswordEncryption() {
      super(SCHEMA);
    }

    /**
     * An AWS key that is used to encrypt the connection password.
     *
     * <p>If connection password protection is enabled, the caller of <code>CreateConnection</code>
     * and <code>UpdateConnection</code> needs at least <code>kms:Encrypt</code> permission on the
     * specified AWS key, to encrypt passwords before storing them in the Data Catalog. You can set
     * the decrypt permission to enable or restrict access on the password key according to your
     * security requirements.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public ConnectionPasswordEncryption kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public ConnectionPasswordEncryption kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * When the <code>ReturnConnectionPasswordEncrypted</code> flag is set to "true", passwords
     * remain encrypted in the responses of <code>GetConnection</code> and
     * <code>GetConnections</code> . This encryption takes effect independently from catalog
     * encryption.
     *
     * <p>CloudFormation property {@code ReturnConnectionPasswordEncrypted}.
     */
    public ConnectionPasswordEncryption returnConnectionPasswordEncrypted(boolean value) {
      return set("ReturnConnectionPasswordEncrypted", Value.of(value));
    }

    /**
     * Sets {@code ReturnConnectionPasswordEncrypted} to this value; see {@link
     * #returnConnectionPasswordEncrypted(boolean)}.
     */
    public ConnectionPasswordEncryption returnConnectionPasswordEncrypted(Value<Boolean> value) {
      return set("ReturnConnectionPasswordEncrypted", value);
    }
  }

  /**
   * Contains configuration information for maintaining Data Catalog security.
   *
   * <p>Property type {@code
   * AWS::Glue::DataCatalogEncryptionSettings.DataCatalogEncryptionSettings}.
   */
  public static final class DataCatalogEncryptionSettingsProperty extends Struct<DataCatalogEncryptionSettingsProperty> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::DataCatalogEncryptionSettings.DataCatalogEncryptionSettings");

    public DataCatalogEncryptionSettingsProperty() {
      super(SCHEMA);
    }

    /**
     * When connection password protection is enabled, the Data Catalog uses a customer-provided key
     * to encrypt the password as part of <code>CreateConnection</code> or
     * <code>UpdateConnection</code> and store it in the <code>ENCRYPTED_PASSWORD</code> field in
     * the connection properties. You can enable catalog encryption or only password encryption.
     *
     * <p>CloudFormation property {@code ConnectionPasswordEncryption}.
     */
    public DataCatalogEncryptionSettingsProperty connectionPasswordEncryption(Value<ConnectionPasswordEncryption> value) {
      return set("ConnectionPasswordEncryption", value);
    }

    /**
     * Specifies the encryption-at-rest configuration for the Data Catalog.
     *
     * <p>CloudFormation property {@code EncryptionAtRest}.
     */
    public DataCatalogEncryptionSettingsProperty encryptionAtRest(Value<EncryptionAtRest> value) {
      return set("EncryptionAtRest", value);
    }
  }

  /**
   * Specifies the encryption-at-rest configuration for the Data Catalog.
   *
   * <p>Property type {@code AWS::Glue::DataCatalogEncryptionSettings.EncryptionAtRest}.
   */
  public static final class EncryptionAtRest extends Struct<EncryptionAtRest> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::DataCatalogEncryptionSettings.EncryptionAtRest")
        .allowed("CatalogEncryptionMode", "DISABLED", "SSE-KMS", "SSE-KMS-WITH-SERVICE-ROLE")
        .constrain("CatalogEncryptionServiceRole", Constraint.of().pattern("^arn:aws(-(cn|us-gov|iso(-[bef])?))?:iam::[0-9]{12}:role/.+$"))
        .constrain("SseAwsKmsKeyId", Constraint.of().minLength(1).maxLength(255))
        .build();

    public EncryptionAtRest() {
      super(SCHEMA);
    }

    /**
     * The encryption-at-rest mode for encrypting Data Catalog data.
     *
     * <p>Allowed values: {@code DISABLED}, {@code SSE-KMS}, {@code SSE-KMS-WITH-SERVICE-ROLE}.
     * CloudFormation property {@code CatalogEncryptionMode}.
     */
    public EncryptionAtRest catalogEncryptionMode(String value) {
      return set("CatalogEncryptionMode", Value.of(value));
    }

    /**
     * Sets {@code CatalogEncryptionMode} to this value; see {@link #catalogEncryptionMode(String)}.
     */
    public EncryptionAtRest catalogEncryptionMode(Value<String> value) {
      return set("CatalogEncryptionMode", value);
    }

    /**
     * The role that AWS Glue assumes to encrypt and decrypt the Data Catalog objects on the
     * caller's behalf.
     *
     * <p>Pattern: {@code ^arn:aws(-(cn|us-gov|iso(-[bef])?))?:iam::[0-9]{12}:role/.+$}.
     * CloudFormation property {@code CatalogEncryptionServiceRole}.
     */
    public EncryptionAtRest catalogEncryptionServiceRole(String value) {
      return set("CatalogEncryptionServiceRole", Value.of(value));
    }

    /**
     * Sets {@code CatalogEncryptionServiceRole} to this value; see {@link
     * #catalogEncryptionServiceRole(String)}.
     */
    public EncryptionAtRest catalogEncryptionServiceRole(Value<String> value) {
      return set("CatalogEncryptionServiceRole", value);
    }

    /**
     * The ID of the AWS key to use for encryption at rest.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code SseAwsKmsKeyId}.
     */
    public EncryptionAtRest sseAwsKmsKeyId(String value) {
      return set("SseAwsKmsKeyId", Value.of(value));
    }

    /** Sets {@code SseAwsKmsKeyId} to this value; see {@link #sseAwsKmsKeyId(String)}. */
    public EncryptionAtRest sseAwsKmsKeyId(Value<String> value) {
      return set("SseAwsKmsKeyId", value);
    }
  }
}
