// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.paymentcryptography;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates an AWS Payment Cryptography key, a logical representation of a cryptographic key, that is
 * unique in your account and AWS Region . You use keys for cryptographic functions such as
 * encryption and decryption.
 *
 * <p>In addition to the key material used in cryptographic operations, an AWS Payment Cryptography
 * key includes metadata such as the key ARN, key usage, key origin, creation date, description, and
 * key state.
 *
 * <p>When you create a key, you specify both immutable and mutable data about the key. The
 * immutable data contains key attributes that define the scope and cryptographic operations that
 * you can perform using the key, for example key class (example: <code>SYMMETRIC_KEY</code> ), key
 * algorithm (example: <code>TDES_2KEY</code> ), key usage (example:
 * <code>TR31_P0_PIN_ENCRYPTION_KEY</code> ) and key modes of use (example: <code>Encrypt</code> ).
 * AWS Payment Cryptography binds key attributes to keys using key blocks when you store or export
 * them. AWS Payment Cryptography stores the key contents wrapped and never stores or transmits them
 * in the clear.
 *
 * <p>For information about valid combinations of key attributes, see <a
 * href="https://docs.aws.amazon.com/payment-cryptography/latest/userguide/keys-validattributes.html">Understanding
 * key attributes</a> in the <em>AWS Payment Cryptography User Guide</em> . The mutable data
 * contained within a key includes usage timestamp and key deletion timestamp and can be modified
 * after creation.
 *
 * <p>You can use the <code>CreateKey</code> operation to generate an ECC (Elliptic Curve
 * Cryptography) key pair used for establishing an ECDH (Elliptic Curve Diffie-Hellman) key
 * agreement between two parties. In the ECDH key agreement process, both parties generate their own
 * ECC key pair with key usage K3 and exchange the public keys. Each party then use their private
 * key, the received public key from the other party, and the key derivation parameters including
 * key derivation function, hash algorithm, derivation data, and key algorithm to derive a shared
 * key.
 *
 * <p>To maintain the single-use principle of cryptographic keys in payments, ECDH derived keys
 * should not be used for multiple purposes, such as a <code>TR31_P0_PIN_ENCRYPTION_KEY</code> and
 * <code>TR31_K1_KEY_BLOCK_PROTECTION_KEY</code> . When creating ECC key pairs in AWS Payment
 * Cryptography you can optionally set the <code>DeriveKeyUsage</code> parameter, which defines the
 * key usage bound to the symmetric key that will be derived using the ECC key pair.
 *
 * <p><em>Cross-account use</em> : This operation can't be used across different AWS accounts.
 *
 * <p><em>Related operations:</em>
 *
 * <ul> <li><a
 * href="https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_DeleteKey.html">DeleteKey</a>
 * <li><a
 * href="https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_GetKey.html">GetKey</a>
 * <li><a
 * href="https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_ListKeys.html">ListKeys</a>
 * </ul>
 *
 * <p>CloudFormation type {@code AWS::PaymentCryptography::Key}.
 */
public final class Key extends Resource<Key> {
  private static final Schema SCHEMA = Schema.builder("AWS::PaymentCryptography::Key")
      .required("Exportable", "KeyAttributes")
      .allowed("DeriveKeyUsage", "TR31_B0_BASE_DERIVATION_KEY", "TR31_C0_CARD_VERIFICATION_KEY",
          "TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY", "TR31_E0_EMV_MKEY_APP_CRYPTOGRAMS",
          "TR31_E1_EMV_MKEY_CONFIDENTIALITY", "TR31_E2_EMV_MKEY_INTEGRITY",
          "TR31_E4_EMV_MKEY_DYNAMIC_NUMBERS", "TR31_E5_EMV_MKEY_CARD_PERSONALIZATION",
          "TR31_E6_EMV_MKEY_OTHER", "TR31_K0_KEY_ENCRYPTION_KEY",
          "TR31_K1_KEY_BLOCK_PROTECTION_KEY", "TR31_M3_ISO_9797_3_MAC_KEY",
          "TR31_M1_ISO_9797_1_MAC_KEY", "TR31_M6_ISO_9797_5_CMAC_KEY", "TR31_M7_HMAC_KEY",
          "TR31_P0_PIN_ENCRYPTION_KEY", "TR31_P1_PIN_GENERATION_KEY",
          "TR31_V1_IBM3624_PIN_VERIFICATION_KEY", "TR31_V2_VISA_PIN_VERIFICATION_KEY")
      .allowed("KeyCheckValueAlgorithm", "CMAC", "ANSI_X9_24", "HMAC", "SHA_1")
      .constrain("Policy", Constraint.of().pattern("^[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+$").minLength(1).maxLength(20480))
      .constrain("ReplicationRegions", Constraint.of().pattern("^[a-z]{2}-[a-z]{1,16}-[0-9]+$"))
      .refYields("KeyIdentifier")
      .attributes("KeyIdentifier", "KeyOrigin", "KeyState", "ReplicationStatus")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Key(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The cryptographic usage of an ECDH derived key as deﬁned in section A.5.2 of the TR-31 spec.
   *
   * <p>Allowed values: {@code TR31_B0_BASE_DERIVATION_KEY}, {@code TR31_C0_CARD_VERIFICATION_KEY},
   * {@code TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY}, {@code TR31_E0_EMV_MKEY_APP_CRYPTOGRAMS}, {@code
   * TR31_E1_EMV_MKEY_CONFIDENTIALITY}, {@code TR31_E2_EMV_MKEY_INTEGRITY}, {@code
   * TR31_E4_EMV_MKEY_DYNAMIC_NUMBERS}, {@code TR31_E5_EMV_MKEY_CARD_PERSONALIZATION}, {@code
   * TR31_E6_EMV_MKEY_OTHER}, {@code TR31_K0_KEY_ENCRYPTION_KEY}, {@code
   * TR31_K1_KEY_BLOCK_PROTECTION_KEY}, {@code TR31_M3_ISO_9797_3_MAC_KEY}, {@code
   * TR31_M1_ISO_9797_1_MAC_KEY}, {@code TR31_M6_ISO_9797_5_CMAC_KEY}, {@code TR31_M7_HMAC_KEY},
   * {@code TR31_P0_PIN_ENCRYPTION_KEY}, {@code TR31_P1_PIN_GENERATION_KEY}, {@code
   * TR31_V1_IBM3624_PIN_VERIFICATION_KEY}, {@code TR31_V2_VISA_PIN_VERIFICATION_KEY}.
   * CloudFormation property {@code DeriveKeyUsage}.
   */
  public Key deriveKeyUsage(String value) {
    return set("DeriveKeyUsage", Value.of(value));
  }

  /** Sets {@code DeriveKeyUsage} to this value; see {@link #deriveKeyUsage(String)}. */
  public Key deriveKeyUsage(Value<String> value) {
    return set("DeriveKeyUsage", value);
  }

  /**
   * Specifies whether the key is enabled.
   *
   * <p>CloudFormation property {@code Enabled}.
   */
  public Key enabled(boolean value) {
    return set("Enabled", Value.of(value));
  }

  /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
  public Key enabled(Value<Boolean> value) {
    return set("Enabled", value);
  }

  /**
   * Specifies whether the key is exportable. This data is immutable after the key is created.
   *
   * <p>Required. CloudFormation property {@code Exportable}.
   */
  public Key exportable(boolean value) {
    return set("Exportable", Value.of(value));
  }

  /** Sets {@code Exportable} to this value; see {@link #exportable(boolean)}. */
  public Key exportable(Value<Boolean> value) {
    return set("Exportable", value);
  }

  /**
   * The role of the key, the algorithm it supports, and the cryptographic operations allowed with
   * the key. This data is immutable after the key is created.
   *
   * <p>Required. CloudFormation property {@code KeyAttributes}.
   */
  public Key keyAttributes(Value<KeyAttributes> value) {
    return set("KeyAttributes", value);
  }

  /**
   * The algorithm that AWS Payment Cryptography uses to calculate the key check value (KCV). It is
   * used to validate the key integrity.
   *
   * <p>For TDES keys, the KCV is computed by encrypting 8 bytes, each with value of zero, with the
   * key to be checked and retaining the 3 highest order bytes of the encrypted result. For AES
   * keys, the KCV is computed using a CMAC algorithm where the input data is 16 bytes of zero and
   * retaining the 3 highest order bytes of the encrypted result.
   *
   * <p>Allowed values: {@code CMAC}, {@code ANSI_X9_24}, {@code HMAC}, {@code SHA_1}.
   * CloudFormation property {@code KeyCheckValueAlgorithm}.
   */
  public Key keyCheckValueAlgorithm(String value) {
    return set("KeyCheckValueAlgorithm", Value.of(value));
  }

  /**
   * Sets {@code KeyCheckValueAlgorithm} to this value; see {@link #keyCheckValueAlgorithm(String)}.
   */
  public Key keyCheckValueAlgorithm(Value<String> value) {
    return set("KeyCheckValueAlgorithm", value);
  }

  /**
   * The resource-based policy attached to the key, in JSON format.
   *
   * <p>Length: 1 to 20480 characters. Pattern: {@code
   * ^[&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u00FF]+$}. CloudFormation property {@code
   * Policy}.
   */
  public Key policy(String value) {
    return set("Policy", Value.of(value));
  }

  /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
  public Key policy(Value<String> value) {
    return set("Policy", value);
  }

  /**
   * The list of AWS Regions to remove from the key's replication configuration.
   *
   * <p>The key will no longer be available for cryptographic operations in these regions after
   * removal. Ensure no active operations depend on the key in these regions before removal.
   *
   * <p>Pattern: {@code ^[a-z]{2}-[a-z]{1,16}-[0-9]+$}. CloudFormation property {@code
   * ReplicationRegions}.
   */
  public Key replicationRegions(List<String> value) {
    return set("ReplicationRegions", Value.listOf(value));
  }

  /** Sets {@code ReplicationRegions} to this value; see {@link #replicationRegions(List)}. */
  public Key replicationRegions(Value<List<String>> value) {
    return set("ReplicationRegions", value);
  }

  /** CloudFormation property {@code Tags}. */
  public Key tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Key tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Key tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code KeyIdentifier}. */
  public Value<String> keyIdentifier() {
    return getAtt("KeyIdentifier");
  }

  /**
   * The source of the key material. For keys created within AWS Payment Cryptography, the value is
   * <code>AWS_PAYMENT_CRYPTOGRAPHY</code> . For keys imported into AWS Payment Cryptography, the
   * value is <code>EXTERNAL</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code KeyOrigin}.
   */
  public Value<String> keyOrigin() {
    return getAtt("KeyOrigin");
  }

  /**
   * The state of key that is being created or deleted.
   *
   * <p>{@code Fn::GetAtt} attribute {@code KeyState}.
   */
  public Value<String> keyState() {
    return getAtt("KeyState");
  }

  /** {@code Fn::GetAtt} attribute {@code ReplicationStatus}. */
  public Value<Map<String, ReplicationStatusType>> replicationStatus() {
    return getAtt("ReplicationStatus");
  }

  /**
   * The role of the key, the algorithm it supports, and the cryptographic operations allowed with
   * the key. This data is immutable after the key is created.
   *
   * <p>Property type {@code AWS::PaymentCryptography::Key.KeyAttributes}.
   */
  public static final class KeyAttributes extends Struct<KeyAttributes> {
    private static final Schema SCHEMA = Schema.builder("AWS::PaymentCryptography::Key.KeyAttributes")
        .required("KeyAlgorithm", "KeyClass", "KeyModesOfUse", "KeyUsage")
        .allowed("KeyAlgorithm", "TDES_2KEY", "TDES_3KEY", "AES_128", "AES_192", "AES_256",
            "HMAC_SHA256", "HMAC_SHA384", "HMAC_SHA512", "HMAC_SHA224", "RSA_2048", "RSA_3072",
            "RSA_4096", "ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521")
        .allowed("KeyClass", "SYMMETRIC_KEY", "ASYMMETRIC_KEY_PAIR", "PRIVATE_KEY", "PUBLIC_KEY")
        .allowed("KeyUsage", "TR31_B0_BASE_DERIVATION_KEY", "TR31_C0_CARD_VERIFICATION_KEY",
            "TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY", "TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION",
            "TR31_E0_EMV_MKEY_APP_CRYPTOGRAMS", "TR31_E1_EMV_MKEY_CONFIDENTIALITY",
            "TR31_E2_EMV_MKEY_INTEGRITY", "TR31_E4_EMV_MKEY_DYNAMIC_NUMBERS",
            "TR31_E5_EMV_MKEY_CARD_PERSONALIZATION", "TR31_E6_EMV_MKEY_OTHER",
            "TR31_K0_KEY_ENCRYPTION_KEY", "TR31_K1_KEY_BLOCK_PROTECTION_KEY",
            "TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT", "TR31_M0_ISO_16609_MAC_KEY",
            "TR31_M3_ISO_9797_3_MAC_KEY", "TR31_M1_ISO_9797_1_MAC_KEY",
            "TR31_M6_ISO_9797_5_CMAC_KEY", "TR31_M7_HMAC_KEY", "TR31_P0_PIN_ENCRYPTION_KEY",
            "TR31_P1_PIN_GENERATION_KEY", "TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE",
            "TR31_V1_IBM3624_PIN_VERIFICATION_KEY", "TR31_V2_VISA_PIN_VERIFICATION_KEY",
            "TR31_K2_TR34_ASYMMETRIC_KEY")
        .build();

    public KeyAttributes() {
      super(SCHEMA);
    }

    /**
     * The key algorithm to be use during creation of an AWS Payment Cryptography key.
     *
     * <p>For symmetric keys, AWS Payment Cryptography supports <code>AES</code> and
     * <code>TDES</code> algorithms. For asymmetric keys, AWS Payment Cryptography supports
     * <code>RSA</code> and <code>ECC_NIST</code> algorithms.
     *
     * <p>Required. Allowed values: {@code TDES_2KEY}, {@code TDES_3KEY}, {@code AES_128}, {@code
     * AES_192}, {@code AES_256}, {@code HMAC_SHA256}, {@code HMAC_SHA384}, {@code HMAC_SHA512},
     * {@code HMAC_SHA224}, {@code RSA_2048}, {@code RSA_3072}, {@code RSA_4096}, {@code
     * ECC_NIST_P256}, {@code ECC_NIST_P384}, {@code ECC_NIST_P521}. CloudFormation property {@code
     * KeyAlgorithm}.
     */
    public KeyAttributes keyAlgorithm(String value) {
      return set("KeyAlgorithm", Value.of(value));
    }

    /** Sets {@code KeyAlgorithm} to this value; see {@link #keyAlgorithm(String)}. */
    public KeyAttributes keyAlgorithm(Value<String> value) {
      return set("KeyAlgorithm", value);
    }

    /**
     * The type of AWS Payment Cryptography key to create, which determines the classiﬁcation of the
     * cryptographic method and whether AWS Payment Cryptography key contains a symmetric key or an
     * asymmetric key pair.
     *
     * <p>Required. Allowed values: {@code SYMMETRIC_KEY}, {@code ASYMMETRIC_KEY_PAIR}, {@code
     * PRIVATE_KEY}, {@code PUBLIC_KEY}. CloudFormation property {@code KeyClass}.
     */
    public KeyAttributes keyClass(String value) {
      return set("KeyClass", Value.of(value));
    }

    /** Sets {@code KeyClass} to this value; see {@link #keyClass(String)}. */
    public KeyAttributes keyClass(Value<String> value) {
      return set("KeyClass", value);
    }

    /**
     * The list of cryptographic operations that you can perform using the key.
     *
     * <p>Required. CloudFormation property {@code KeyModesOfUse}.
     */
    public KeyAttributes keyModesOfUse(Value<KeyModesOfUse> value) {
      return set("KeyModesOfUse", value);
    }

    /**
     * The cryptographic usage of an AWS Payment Cryptography key as deﬁned in section A.5.2 of the
     * TR-31 spec.
     *
     * <p>Required. Allowed values: {@code TR31_B0_BASE_DERIVATION_KEY}, {@code
     * TR31_C0_CARD_VERIFICATION_KEY}, {@code TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY}, {@code
     * TR31_D1_ASYMMETRIC_KEY_FOR_DATA_ENCRYPTION}, {@code TR31_E0_EMV_MKEY_APP_CRYPTOGRAMS}, {@code
     * TR31_E1_EMV_MKEY_CONFIDENTIALITY}, {@code TR31_E2_EMV_MKEY_INTEGRITY}, {@code
     * TR31_E4_EMV_MKEY_DYNAMIC_NUMBERS}, {@code TR31_E5_EMV_MKEY_CARD_PERSONALIZATION}, {@code
     * TR31_E6_EMV_MKEY_OTHER}, {@code TR31_K0_KEY_ENCRYPTION_KEY}, {@code
     * TR31_K1_KEY_BLOCK_PROTECTION_KEY}, {@code TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT}, {@code
     * TR31_M0_ISO_16609_MAC_KEY}, {@code TR31_M3_ISO_9797_3_MAC_KEY}, {@code
     * TR31_M1_ISO_9797_1_MAC_KEY}, {@code TR31_M6_ISO_9797_5_CMAC_KEY}, {@code TR31_M7_HMAC_KEY},
     * {@code TR31_P0_PIN_ENCRYPTION_KEY}, {@code TR31_P1_PIN_GENERATION_KEY}, {@code
     * TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE}, {@code TR31_V1_IBM3624_PIN_VERIFICATION_KEY},
     * {@code TR31_V2_VISA_PIN_VERIFICATION_KEY}, {@code TR31_K2_TR34_ASYMMETRIC_KEY}.
     * CloudFormation property {@code KeyUsage}.
     */
    public KeyAttributes keyUsage(String value) {
      return set("KeyUsage", Value.of(value));
    }

    /** Sets {@code KeyUsage} to this value; see {@link #keyUsage(String)}. */
    public KeyAttributes keyUsage(Value<String> value) {
      return set("KeyUsage", value);
    }
  }

  /**
   * The list of cryptographic operations that you can perform using the key. The modes of use are
   * deﬁned in section A.5.3 of the TR-31 spec.
   *
   * <p>Property type {@code AWS::PaymentCryptography::Key.KeyModesOfUse}.
   */
  public static final class KeyModesOfUse extends Struct<KeyModesOfUse> {
    private static final Schema SCHEMA = Schema.of("AWS::PaymentCryptography::Key.KeyModesOfUse");

    public KeyModesOfUse() {
      super(SCHEMA);
    }

    /**
     * Speciﬁes whether an AWS Payment Cryptography key can be used to decrypt data.
     *
     * <p>Default: {@code false}. CloudFormation property {@code Decrypt}.
     */
    public KeyModesOfUse decrypt(boolean value) {
      return set("Decrypt", Value.of(value));
    }

    /** Sets {@code Decrypt} to this value; see {@link #decrypt(boolean)}. */
    public KeyModesOfUse decrypt(Value<Boolean> value) {
      return set("Decrypt", value);
    }

    /**
     * Speciﬁes whether an AWS Payment Cryptography key can be used to derive new keys.
     *
     * <p>Default: {@code false}. CloudFormation property {@code DeriveKey}.
     */
    public KeyModesOfUse deriveKey(boolean value) {
      return set("DeriveKey", Value.of(value));
    }

    /** Sets {@code DeriveKey} to this value; see {@link #deriveKey(boolean)}. */
    public KeyModesOfUse deriveKey(Value<Boolean> value) {
      return set("DeriveKey", value);
    }

    /**
     * Speciﬁes whether an AWS Payment Cryptography key can be used to encrypt data.
     *
     * <p>Default: {@code false}. CloudFormation property {@code Encrypt}.
     */
    public KeyModesOfUse encrypt(boolean value) {
      return set("Encrypt", Value.of(value));
    }

    /** Sets {@code Encrypt} to this value; see {@link #encrypt(boolean)}. */
    public KeyModesOfUse encrypt(Value<Boolean> value) {
      return set("Encrypt", value);
    }

    /**
     * Speciﬁes whether an AWS Payment Cryptography key can be used to generate and verify other
     * card and PIN verification keys.
     *
     * <p>Default: {@code false}. CloudFormation property {@code Generate}.
     */
    public KeyModesOfUse generate(boolean value) {
      return set("Generate", Value.of(value));
    }

    /** Sets {@code Generate} to this value; see {@link #generate(boolean)}. */
    public KeyModesOfUse generate(Value<Boolean> value) {
      return set("Generate", value);
    }

    /**
     * Speciﬁes whether an AWS Payment Cryptography key has no special restrictions other than the
     * restrictions implied by <code>KeyUsage</code> .
     *
     * <p>Default: {@code false}. CloudFormation property {@code NoRestrictions}.
     */
    public KeyModesOfUse noRestrictions(boolean value) {
      return set("NoRestrictions", Value.of(value));
    }

    /** Sets {@code NoRestrictions} to this value; see {@link #noRestrictions(boolean)}. */
    public KeyModesOfUse noRestrictions(Value<Boolean> value) {
      return set("NoRestrictions", value);
    }

    /**
     * Speciﬁes whether an AWS Payment Cryptography key can be used for signing.
     *
     * <p>Default: {@code false}. CloudFormation property {@code Sign}.
     */
    public KeyModesOfUse sign(boolean value) {
      return set("Sign", Value.of(value));
    }

    /** Sets {@code Sign} to this value; see {@link #sign(boolean)}. */
    public KeyModesOfUse sign(Value<Boolean> value) {
      return set("Sign", value);
    }

    /** Default: {@code false}. CloudFormation property {@code Unwrap}. */
    public KeyModesOfUse unwrap(boolean value) {
      return set("Unwrap", Value.of(value));
    }

    /** Sets {@code Unwrap} to this value; see {@link #unwrap(boolean)}. */
    public KeyModesOfUse unwrap(Value<Boolean> value) {
      return set("Unwrap", value);
    }

    /**
     * Speciﬁes whether an AWS Payment Cryptography key can be used to verify signatures.
     *
     * <p>Default: {@code false}. CloudFormation property {@code Verify}.
     */
    public KeyModesOfUse verify(boolean value) {
      return set("Verify", Value.of(value));
    }

    /** Sets {@code Verify} to this value; see {@link #verify(boolean)}. */
    public KeyModesOfUse verify(Value<Boolean> value) {
      return set("Verify", value);
    }

    /**
     * Speciﬁes whether an AWS Payment Cryptography key can be used to wrap other keys.
     *
     * <p>Default: {@code false}. CloudFormation property {@code Wrap}.
     */
    public KeyModesOfUse wrap(boolean value) {
      return set("Wrap", Value.of(value));
    }

    /** Sets {@code Wrap} to this value; see {@link #wrap(boolean)}. */
    public KeyModesOfUse wrap(Value<Boolean> value) {
      return set("Wrap", value);
    }
  }

  /**
   * Represents the replication status information for a key in a replication region for <a
   * href="https://docs.aws.amazon.com/payment-cryptography/latest/userguide/keys-multi-region-replication.html">Multi-Region
   * key replication</a> .
   *
   * <p>This structure contains details about the current state of key replication, including any
   * status messages and operational information about the replication process.
   *
   * <p>Property type {@code AWS::PaymentCryptography::Key.ReplicationStatusType}.
   */
  public static final class ReplicationStatusType extends Struct<ReplicationStatusType> {
    private static final Schema SCHEMA = Schema.builder("AWS::PaymentCryptography::Key.ReplicationStatusType")
        .required("Status")
        .allowed("Status", "IN_PROGRESS", "DELETE_IN_PROGRESS", "FAILED", "SYNCHRONIZED")
        .build();

    public ReplicationStatusType() {
      super(SCHEMA);
    }

    /**
     * The current status of key replication in this AWS Region .
     *
     * <p>This field indicates whether the key replication is in progress, completed successfully,
     * or has encountered an error. Possible values include states such as <code>SYNCRHONIZED</code>
     * , <code>IN_PROGRESS</code> , <code>DELETE_IN_PROGRESS</code> , or <code>FAILED</code> . This
     * provides visibility into the replication process for monitoring and troubleshooting purposes.
     *
     * <p>Required. Allowed values: {@code IN_PROGRESS}, {@code DELETE_IN_PROGRESS}, {@code FAILED},
     * {@code SYNCHRONIZED}. CloudFormation property {@code Status}.
     */
    public ReplicationStatusType status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public ReplicationStatusType status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * A message that provides additional information about the current replication status of the
     * key.
     *
     * <p>This field contains details about any issues or progress updates related to key
     * replication operations. It may include information about replication failures,
     * synchronization status, or other operational details.
     *
     * <p>CloudFormation property {@code StatusMessage}.
     */
    public ReplicationStatusType statusMessage(String value) {
      return set("StatusMessage", Value.of(value));
    }

    /** Sets {@code StatusMessage} to this value; see {@link #statusMessage(String)}. */
    public ReplicationStatusType statusMessage(Value<String> value) {
      return set("StatusMessage", value);
    }
  }
}
