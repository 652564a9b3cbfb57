// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.kms;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::KMS::Key</code> resource specifies an <a
 * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#kms_keys">KMS key</a>
 * in AWS Key Management Service . You can use this resource to create symmetric encryption KMS
 * keys, asymmetric KMS keys for encryption or signing, and symmetric HMAC KMS keys. You can use
 * <code>AWS::KMS::Key</code> to create <a
 * href="https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html#mrk-primary-key">multi-Region
 * primary keys</a> of all supported types. To replicate a multi-Region key, use the
 * <code>AWS::KMS::ReplicaKey</code> resource.
 *
 * <p>If you change the value of the <code>KeySpec</code> , <code>KeyUsage</code> ,
 * <code>Origin</code> , or <code>MultiRegion</code> properties of an existing KMS key, the update
 * request fails, regardless of the value of the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatereplacepolicy.html"><code>UpdateReplacePolicy</code>
 * attribute</a> . This prevents you from accidentally deleting a KMS key by changing any of its
 * immutable property values. &gt; AWS replaced the term <em>customer master key (CMK)</em> with
 * <em>AWS KMS key</em> and <em>KMS key</em> . The concept has not changed. To prevent breaking
 * changes, AWS is keeping some variations of this term.
 *
 * <p>You can use symmetric encryption KMS keys to encrypt and decrypt small amounts of data, but
 * they are more commonly used to generate data keys and data key pairs. You can also use a
 * symmetric encryption KMS key to encrypt data stored in AWS services that are <a
 * href="https://docs.aws.amazon.com//kms/features/#AWS_Service_Integration">integrated with AWS</a>
 * . For more information, see <a
 * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#symmetric-cmks">Symmetric
 * encryption KMS keys</a> in the <em>AWS Key Management Service Developer Guide</em> .
 *
 * <p>You can use asymmetric KMS keys to encrypt and decrypt data or sign messages and verify
 * signatures. To create an asymmetric key, you must specify an asymmetric <code>KeySpec</code>
 * value and a <code>KeyUsage</code> value. For details, see <a
 * href="https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html">Asymmetric
 * keys in AWS</a> in the <em>AWS Key Management Service Developer Guide</em> .
 *
 * <p>You can use HMAC KMS keys (which are also symmetric keys) to generate and verify hash-based
 * message authentication codes. To create an HMAC key, you must specify an HMAC
 * <code>KeySpec</code> value and a <code>KeyUsage</code> value of <code>GENERATE_VERIFY_MAC</code>
 * . For details, see <a href="https://docs.aws.amazon.com/kms/latest/developerguide/hmac.html">HMAC
 * keys in AWS</a> in the <em>AWS Key Management Service Developer Guide</em> .
 *
 * <p>You can also create symmetric encryption, asymmetric, and HMAC multi-Region primary keys. To
 * create a multi-Region primary key, set the <code>MultiRegion</code> property to <code>true</code>
 * . For information about multi-Region keys, see <a
 * href="https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html">Multi-Region
 * keys in AWS</a> in the <em>AWS Key Management Service Developer Guide</em> .
 *
 * <p>You cannot use the <code>AWS::KMS::Key</code> resource to specify a KMS key with <a
 * href="https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html">imported key
 * material</a> or a KMS key in a <a
 * href="https://docs.aws.amazon.com/kms/latest/developerguide/custom-key-store-overview.html">custom
 * key store</a> .
 *
 * <p><em>Regions</em>
 *
 * <p>AWS CloudFormation resources are available in all Regions in which AWS and CloudFormation are
 * supported. You can use the <code>AWS::KMS::Key</code> resource to create and manage all KMS key
 * types that are supported in a Region.
 *
 * <p>CloudFormation type {@code AWS::KMS::Key}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class Key extends Resource<Key> {
  private static final Schema SCHEMA = Schema.builder("AWS::KMS::Key")
      .constrain("Description", Constraint.of().minLength(0).maxLength(8192))
      .allowed("KeySpec", "SYMMETRIC_DEFAULT", "RSA_2048", "RSA_3072", "RSA_4096", "ECC_NIST_P256",
          "ECC_NIST_P384", "ECC_NIST_P521", "ECC_SECG_P256K1", "HMAC_224", "HMAC_256", "HMAC_384",
          "HMAC_512", "SM2", "ML_DSA_44", "ML_DSA_65", "ML_DSA_87", "ECC_NIST_EDWARDS25519")
      .allowed("KeyUsage", "ENCRYPT_DECRYPT", "SIGN_VERIFY", "GENERATE_VERIFY_MAC", "KEY_AGREEMENT")
      .allowed("Origin", "AWS_KMS", "EXTERNAL")
      .constrain("PendingWindowInDays", Constraint.of().minimum(7).maximum(30))
      .constrain("RotationPeriodInDays", Constraint.of().minimum(90).maximum(2560))
      .refYields("KeyId")
      .attributes("Arn", "KeyId")
      .stateful()
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Key(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Skips ("bypasses") the key policy lockout safety check. The default value is false.
   *
   * <p>Setting this value to true increases the risk that the KMS key becomes unmanageable. Do not
   * set this value to true indiscriminately. For more information, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#prevent-unmanageable-key">Default
   * key policy</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>Use this parameter only when you intend to prevent the principal that is making the request
   * from making a subsequent <a
   * href="https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html">PutKeyPolicy</a>
   * request on the KMS key.
   *
   * <p>Default: {@code false}. CloudFormation property {@code BypassPolicyLockoutSafetyCheck}.
   */
  public Key bypassPolicyLockoutSafetyCheck(boolean value) {
    return set("BypassPolicyLockoutSafetyCheck", Value.of(value));
  }

  /**
   * Sets {@code BypassPolicyLockoutSafetyCheck} to this value; see {@link
   * #bypassPolicyLockoutSafetyCheck(boolean)}.
   */
  public Key bypassPolicyLockoutSafetyCheck(Value<Boolean> value) {
    return set("BypassPolicyLockoutSafetyCheck", value);
  }

  /**
   * A description of the KMS key. Use a description that helps you to distinguish this KMS key from
   * others in the account, such as its intended use.
   *
   * <p>Length: 0 to 8192 characters. CloudFormation property {@code Description}.
   */
  public Key description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Key description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Enables automatic rotation of the key material for the specified KMS key. By default, automatic
   * key rotation is not enabled.
   *
   * <p>AWS supports automatic rotation only for symmetric encryption KMS keys (
   * <code>KeySpec</code> = <code>SYMMETRIC_DEFAULT</code> ). For asymmetric KMS keys, HMAC KMS
   * keys, and KMS keys with Origin <code>EXTERNAL</code> , omit the <code>EnableKeyRotation</code>
   * property or set it to <code>false</code> .
   *
   * <p>To enable automatic key rotation of the key material for a multi-Region KMS key, set
   * <code>EnableKeyRotation</code> to <code>true</code> on the primary key (created by using
   * <code>AWS::KMS::Key</code> ). AWS copies the rotation status to all replica keys. For details,
   * see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-manage.html#multi-region-rotate">Rotating
   * multi-Region keys</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>When you enable automatic rotation, AWS automatically creates new key material for the KMS
   * key one year after the enable date and every year thereafter. AWS retains all key material
   * until you delete the KMS key. For detailed information about automatic key rotation, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html">Rotating KMS
   * keys</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>CloudFormation property {@code EnableKeyRotation}.
   */
  public Key enableKeyRotation(boolean value) {
    return set("EnableKeyRotation", Value.of(value));
  }

  /** Sets {@code EnableKeyRotation} to this value; see {@link #enableKeyRotation(boolean)}. */
  public Key enableKeyRotation(Value<Boolean> value) {
    return set("EnableKeyRotation", value);
  }

  /**
   * Specifies whether the KMS key is enabled. Disabled KMS keys cannot be used in cryptographic
   * operations.
   *
   * <p>When <code>Enabled</code> is <code>true</code> , the <em>key state</em> of the KMS key is
   * <code>Enabled</code> . When <code>Enabled</code> is <code>false</code> , the key state of the
   * KMS key is <code>Disabled</code> . The default value is <code>true</code> .
   *
   * <p>The actual key state of the KMS key might be affected by actions taken outside of
   * CloudFormation, such as running the <a
   * href="https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKey.html">EnableKey</a> ,
   * <a
   * href="https://docs.aws.amazon.com/kms/latest/APIReference/API_DisableKey.html">DisableKey</a> ,
   * or <a
   * href="https://docs.aws.amazon.com/kms/latest/APIReference/API_ScheduleKeyDeletion.html">ScheduleKeyDeletion</a>
   * operations.
   *
   * <p>For information about the key states of a KMS key, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html">Key state: Effect
   * on your KMS key</a> in the <em>AWS Key Management Service Developer Guide</em> .
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
   * The key policy to attach to the KMS key.
   *
   * <p>If you provide a key policy, it must meet the following criteria:
   *
   * <ul> <li>The key policy must allow the caller to make a subsequent <a
   * href="https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html">PutKeyPolicy</a>
   * request on the KMS key. This reduces the risk that the KMS key becomes unmanageable. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html#key-policy-default-allow-root-enable-iam">Default
   * key policy</a> in the <em>AWS Key Management Service Developer Guide</em> . (To omit this
   * condition, set <code>BypassPolicyLockoutSafetyCheck</code> to true.) <li>Each statement in the
   * key policy must contain one or more principals. The principals in the key policy must exist and
   * be visible to AWS . When you create a new AWS principal (for example, an IAM user or role), you
   * might need to enforce a delay before including the new principal in a key policy because the
   * new principal might not be immediately visible to AWS . For more information, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_general.html#troubleshoot_general_eventual-consistency">Changes
   * that I make are not always immediately visible</a> in the <em>AWS Identity and Access
   * Management User Guide</em> . </ul>
   *
   * <p>If you do not provide a key policy, AWS attaches a default key policy to the KMS key. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html#key-policy-default">Default
   * key policy</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>A key policy document can include only the following characters:
   *
   * <ul> <li>Printable ASCII characters <li>Printable characters in the Basic Latin and Latin-1
   * Supplement character set <li>The tab ( <code>&#92;u0009</code> ), line feed (
   * <code>&#92;u000A</code> ), and carriage return ( <code>&#92;u000D</code> ) special characters
   * </ul>
   *
   * <p><em>Minimum</em> : <code>1</code>
   *
   * <p><em>Maximum</em> : <code>32768</code>
   *
   * <p>CloudFormation property {@code KeyPolicy}.
   */
  public Key keyPolicy(String value) {
    return set("KeyPolicy", Value.of(value));
  }

  /** Sets {@code KeyPolicy} to this value; see {@link #keyPolicy(String)}. */
  public Key keyPolicy(Value<String> value) {
    return set("KeyPolicy", value);
  }

  /** Sets {@code KeyPolicy} to this value; see {@link #keyPolicy(String)}. */
  public Key keyPolicy(Json value) {
    return set("KeyPolicy", value);
  }

  /**
   * Specifies the type of KMS key to create. The default value, <code>SYMMETRIC_DEFAULT</code> ,
   * creates a KMS key with a 256-bit symmetric key for encryption and decryption. In China Regions,
   * <code>SYMMETRIC_DEFAULT</code> creates a 128-bit symmetric key that uses SM4 encryption. You
   * can't change the <code>KeySpec</code> value after the KMS key is created. For help choosing a
   * key spec for your KMS key, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose.html">Choosing a
   * KMS key type</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>The <code>KeySpec</code> property determines the type of key material in the KMS key and the
   * algorithms that the KMS key supports. To further restrict the algorithms that can be used with
   * the KMS key, use a condition key in its key policy or IAM policy. For more information, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/policy-conditions.html#conditions-kms">AWS
   * condition keys</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>If you change the value of the <code>KeySpec</code> property on an existing KMS key, the
   * update request fails, regardless of the value of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatereplacepolicy.html"><code>UpdateReplacePolicy</code>
   * attribute</a> . This prevents you from accidentally deleting a KMS key by changing an immutable
   * property value. &gt; <a
   * href="https://docs.aws.amazon.com/kms/features/#AWS_Service_Integration">AWS services that are
   * integrated with AWS</a> use symmetric encryption KMS keys to protect your data. These services
   * do not support encryption with asymmetric KMS keys. For help determining whether a KMS key is
   * asymmetric, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/find-symm-asymm.html">Identifying
   * asymmetric KMS keys</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>AWS supports the following key specs for KMS keys:
   *
   * <ul> <li>Symmetric encryption key (default) </ul>
   *
   * <ul> <li><code>SYMMETRIC_DEFAULT</code> (AES-256-GCM) <li>HMAC keys (symmetric) </ul>
   *
   * <ul> <li><code>HMAC_224</code> <li><code>HMAC_256</code> <li><code>HMAC_384</code>
   * <li><code>HMAC_512</code> <li>Asymmetric RSA key pairs (encryption and decryption <em>or</em>
   * signing and verification) </ul>
   *
   * <ul> <li><code>RSA_2048</code> <li><code>RSA_3072</code> <li><code>RSA_4096</code>
   * <li>Asymmetric NIST-recommended elliptic curve key pairs (signing and verification <em>or</em>
   * deriving shared secrets) </ul>
   *
   * <ul> <li><code>ECC_NIST_P256</code> (secp256r1) <li><code>ECC_NIST_P384</code> (secp384r1)
   * <li><code>ECC_NIST_P521</code> (secp521r1) <li><code>ECC_NIST_EDWARDS25519</code> (ed25519) -
   * signing and verification only </ul>
   *
   * <ul> <li><em>Note:</em> For ECC_NIST_EDWARDS25519 KMS keys, the ED25519_SHA_512 signing
   * algorithm requires <a
   * href="https://docs.aws.amazon.com/kms/latest/APIReference/API_Sign.html#KMS-Sign-request-MessageType"><code>MessageType:RAW</code></a>
   * , while ED25519_PH_SHA_512 requires <a
   * href="https://docs.aws.amazon.com/kms/latest/APIReference/API_Sign.html#KMS-Sign-request-MessageType"><code>MessageType:DIGEST</code></a>
   * . These message types cannot be used interchangeably. <li>Other asymmetric elliptic curve key
   * pairs (signing and verification) </ul>
   *
   * <ul> <li><code>ECC_SECG_P256K1</code> (secp256k1), commonly used for cryptocurrencies.
   * <li>Asymmetric ML-DSA key pairs (signing and verification) </ul>
   *
   * <ul> <li><code>ML_DSA_44</code> <li><code>ML_DSA_65</code> <li><code>ML_DSA_87</code> <li>SM2
   * key pairs (encryption and decryption <em>or</em> signing and verification <em>or</em> deriving
   * shared secrets) </ul>
   *
   * <ul> <li><code>SM2</code> (China Regions only) </ul>
   *
   * <p>Allowed values: {@code SYMMETRIC_DEFAULT}, {@code RSA_2048}, {@code RSA_3072}, {@code
   * RSA_4096}, {@code ECC_NIST_P256}, {@code ECC_NIST_P384}, {@code ECC_NIST_P521}, {@code
   * ECC_SECG_P256K1}, {@code HMAC_224}, {@code HMAC_256}, {@code HMAC_384}, {@code HMAC_512},
   * {@code SM2}, {@code ML_DSA_44}, {@code ML_DSA_65}, {@code ML_DSA_87}, {@code
   * ECC_NIST_EDWARDS25519}. Default: {@code "SYMMETRIC_DEFAULT"}. CloudFormation property {@code
   * KeySpec}.
   */
  public Key keySpec(String value) {
    return set("KeySpec", Value.of(value));
  }

  /** Sets {@code KeySpec} to this value; see {@link #keySpec(String)}. */
  public Key keySpec(Value<String> value) {
    return set("KeySpec", value);
  }

  /**
   * Determines the <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#cryptographic-operations">cryptographic
   * operations</a> for which you can use the KMS key. The default value is
   * <code>ENCRYPT_DECRYPT</code> . This property is required for asymmetric KMS keys and HMAC KMS
   * keys. You can't change the <code>KeyUsage</code> value after the KMS key is created.
   *
   * <p>If you change the value of the <code>KeyUsage</code> property on an existing KMS key, the
   * update request fails, regardless of the value of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatereplacepolicy.html"><code>UpdateReplacePolicy</code>
   * attribute</a> . This prevents you from accidentally deleting a KMS key by changing an immutable
   * property value.
   *
   * <p>Select only one valid value.
   *
   * <ul> <li>For symmetric encryption KMS keys, omit the parameter or specify
   * <code>ENCRYPT_DECRYPT</code> . <li>For HMAC KMS keys (symmetric), specify
   * <code>GENERATE_VERIFY_MAC</code> . <li>For asymmetric KMS keys with RSA key pairs, specify
   * <code>ENCRYPT_DECRYPT</code> or <code>SIGN_VERIFY</code> . <li>For asymmetric KMS keys with
   * NIST-recommended elliptic curve key pairs, specify <code>SIGN_VERIFY</code> or
   * <code>KEY_AGREEMENT</code> . <li>For asymmetric KMS keys with <code>ECC_SECG_P256K1</code> key
   * pairs, specify <code>SIGN_VERIFY</code> . <li>For asymmetric KMS keys with ML-DSA key pairs,
   * specify <code>SIGN_VERIFY</code> . <li>For asymmetric KMS keys with SM2 key pairs (China
   * Regions only), specify <code>ENCRYPT_DECRYPT</code> , <code>SIGN_VERIFY</code> , or
   * <code>KEY_AGREEMENT</code> . </ul>
   *
   * <p>Allowed values: {@code ENCRYPT_DECRYPT}, {@code SIGN_VERIFY}, {@code GENERATE_VERIFY_MAC},
   * {@code KEY_AGREEMENT}. Default: {@code "ENCRYPT_DECRYPT"}. CloudFormation property {@code
   * KeyUsage}.
   */
  public Key keyUsage(String value) {
    return set("KeyUsage", Value.of(value));
  }

  /** Sets {@code KeyUsage} to this value; see {@link #keyUsage(String)}. */
  public Key keyUsage(Value<String> value) {
    return set("KeyUsage", value);
  }

  /**
   * Creates a multi-Region primary key that you can replicate in other AWS Regions . You can't
   * change the <code>MultiRegion</code> value after the KMS key is created.
   *
   * <p>For a list of AWS Regions in which multi-Region keys are supported, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html">Multi-Region
   * keys in AWS</a> in the ** .
   *
   * <p>If you change the value of the <code>MultiRegion</code> property on an existing KMS key, the
   * update request fails, regardless of the value of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatereplacepolicy.html"><code>UpdateReplacePolicy</code>
   * attribute</a> . This prevents you from accidentally deleting a KMS key by changing an immutable
   * property value.
   *
   * <p>For a multi-Region key, set to this property to <code>true</code> . For a single-Region key,
   * omit this property or set it to <code>false</code> . The default value is <code>false</code> .
   *
   * <p><em>Multi-Region keys</em> are an AWS feature that lets you create multiple interoperable
   * KMS keys in different AWS Regions . Because these KMS keys have the same key ID, key material,
   * and other metadata, you can use them to encrypt data in one AWS Region and decrypt it in a
   * different AWS Region without making a cross-Region call or exposing the plaintext data. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html">Multi-Region
   * keys</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>You can create a symmetric encryption, HMAC, or asymmetric multi-Region KMS key, and you can
   * create a multi-Region key with imported key material. However, you cannot create a multi-Region
   * key in a custom key store.
   *
   * <p>To create a replica of this primary key in a different AWS Region , create an <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-kms-replicakey.html">AWS::KMS::ReplicaKey</a>
   * resource in a CloudFormation stack in the replica Region. Specify the key ARN of this primary
   * key.
   *
   * <p>Default: {@code false}. CloudFormation property {@code MultiRegion}.
   */
  public Key multiRegion(boolean value) {
    return set("MultiRegion", Value.of(value));
  }

  /** Sets {@code MultiRegion} to this value; see {@link #multiRegion(boolean)}. */
  public Key multiRegion(Value<Boolean> value) {
    return set("MultiRegion", value);
  }

  /**
   * The source of the key material for the KMS key. You cannot change the origin after you create
   * the KMS key. The default is <code>AWS_KMS</code> , which means that AWS creates the key
   * material.
   *
   * <p>To <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys-create-cmk.html">create
   * a KMS key with no key material</a> (for imported key material), set this value to
   * <code>EXTERNAL</code> . For more information about importing key material into AWS , see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html">Importing Key
   * Material</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>You can ignore <code>ENABLED</code> when Origin is <code>EXTERNAL</code> . When a KMS key
   * with Origin <code>EXTERNAL</code> is created, the key state is <code>PENDING_IMPORT</code> and
   * <code>ENABLED</code> is <code>false</code> . After you import the key material,
   * <code>ENABLED</code> updated to <code>true</code> . The KMS key can then be used for
   * Cryptographic Operations.
   *
   * <p>- CloudFormation doesn't support creating an <code>Origin</code> parameter of the
   * <code>AWS_CLOUDHSM</code> or <code>EXTERNAL_KEY_STORE</code> values. - <code>EXTERNAL</code> is
   * not supported for ML-DSA keys.
   *
   * <p>Allowed values: {@code AWS_KMS}, {@code EXTERNAL}. Default: {@code "AWS_KMS"}.
   * CloudFormation property {@code Origin}.
   */
  public Key origin(String value) {
    return set("Origin", Value.of(value));
  }

  /** Sets {@code Origin} to this value; see {@link #origin(String)}. */
  public Key origin(Value<String> value) {
    return set("Origin", value);
  }

  /**
   * Specifies the number of days in the waiting period before AWS deletes a KMS key that has been
   * removed from a CloudFormation stack. Enter a value between 7 and 30 days. The default value is
   * 30 days.
   *
   * <p>When you remove a KMS key from a CloudFormation stack, AWS schedules the KMS key for
   * deletion and starts the mandatory waiting period. The <code>PendingWindowInDays</code> property
   * determines the length of waiting period. During the waiting period, the key state of KMS key is
   * <code>Pending Deletion</code> or <code>Pending Replica Deletion</code> , which prevents the KMS
   * key from being used in cryptographic operations. When the waiting period expires, AWS
   * permanently deletes the KMS key.
   *
   * <p>AWS will not delete a <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html">multi-Region
   * primary key</a> that has replica keys. If you remove a multi-Region primary key from a
   * CloudFormation stack, its key state changes to <code>PendingReplicaDeletion</code> so it cannot
   * be replicated or used in cryptographic operations. This state can persist indefinitely. When
   * the last of its replica keys is deleted, the key state of the primary key changes to
   * <code>PendingDeletion</code> and the waiting period specified by
   * <code>PendingWindowInDays</code> begins. When this waiting period expires, AWS deletes the
   * primary key. For details, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-delete.html">Deleting
   * multi-Region keys</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>You cannot use a CloudFormation template to cancel deletion of the KMS key after you remove
   * it from the stack, regardless of the waiting period. If you specify a KMS key in your template,
   * even one with the same name, CloudFormation creates a new KMS key. To cancel deletion of a KMS
   * key, use the AWS console or the <a
   * href="https://docs.aws.amazon.com/kms/latest/APIReference/API_CancelKeyDeletion.html">CancelKeyDeletion</a>
   * operation.
   *
   * <p>For information about the <code>Pending Deletion</code> and <code>Pending Replica
   * Deletion</code> key states, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html">Key state: Effect
   * on your KMS key</a> in the <em>AWS Key Management Service Developer Guide</em> . For more
   * information about deleting KMS keys, see the <a
   * href="https://docs.aws.amazon.com/kms/latest/APIReference/API_ScheduleKeyDeletion.html">ScheduleKeyDeletion</a>
   * operation in the <em>AWS Key Management Service API Reference</em> and <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html">Deleting KMS
   * keys</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>Range: 7 to 30. CloudFormation property {@code PendingWindowInDays}.
   */
  public Key pendingWindowInDays(int value) {
    return set("PendingWindowInDays", Value.of(value));
  }

  /** Sets {@code PendingWindowInDays} to this value; see {@link #pendingWindowInDays(int)}. */
  public Key pendingWindowInDays(Value<Integer> value) {
    return set("PendingWindowInDays", value);
  }

  /**
   * Specifies a custom period of time between each rotation date. If no value is specified, the
   * default value is 365 days.
   *
   * <p>The rotation period defines the number of days after you enable automatic key rotation that
   * AWS will rotate your key material, and the number of days between each automatic rotation
   * thereafter.
   *
   * <p>You can use the <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-rotation-period-in-days"><code>kms:RotationPeriodInDays</code></a>
   * condition key to further constrain the values that principals can specify in the
   * <code>RotationPeriodInDays</code> parameter.
   *
   * <p>For more information about rotating KMS keys and automatic rotation, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html">Rotating keys</a>
   * in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>Range: 90 to 2560. Default: {@code 365}. CloudFormation property {@code
   * RotationPeriodInDays}.
   */
  public Key rotationPeriodInDays(int value) {
    return set("RotationPeriodInDays", Value.of(value));
  }

  /** Sets {@code RotationPeriodInDays} to this value; see {@link #rotationPeriodInDays(int)}. */
  public Key rotationPeriodInDays(Value<Integer> value) {
    return set("RotationPeriodInDays", value);
  }

  /**
   * Assigns one or more tags to the replica key.
   *
   * <p>Tagging or untagging a KMS key can allow or deny permission to the KMS key. For details, see
   * <a href="https://docs.aws.amazon.com/kms/latest/developerguide/abac.html">ABAC for AWS</a> in
   * the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>For information about tags in AWS , see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/tagging-keys.html">Tagging keys</a>
   * in the <em>AWS Key Management Service Developer Guide</em> . For information about tags in
   * CloudFormation, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
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

  /**
   * The Amazon Resource Name (ARN) of the KMS key, such as
   * <code>arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab</code> .
   *
   * <p>For information about the key ARN of a KMS key, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN">Key
   * ARN</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The key ID of the KMS key, such as <code>1234abcd-12ab-34cd-56ef-1234567890ab</code> .
   *
   * <p>For information about the key ID of a KMS key, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-id">Key
   * ID</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code KeyId}.
   */
  public Value<String> keyId() {
    return getAtt("KeyId");
  }
}
