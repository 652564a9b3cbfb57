// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a key pair for use with an Amazon Elastic Compute Cloud instance as follows:
 *
 * <ul> <li>To import an existing key pair, include the <code>PublicKeyMaterial</code> property.
 * <li>To create a new key pair, omit the <code>PublicKeyMaterial</code> property. </ul>
 *
 * <p>When you import an existing key pair, you specify the public key material for the key. We
 * assume that you have the private key material for the key. AWS CloudFormation does not create or
 * return the private key material when you import a key pair.
 *
 * <p>When you create a new key pair, the private key is saved to AWS Systems Manager Parameter
 * Store, using a parameter with the following name: <code>/ec2/keypair/{key_pair_id}</code> . For
 * more information about retrieving private key, and the required permissions, see <a
 * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/create-key-pairs.html#create-key-pair-cloudformation">Create
 * a key pair using CloudFormation</a> in the <em>Amazon EC2 User Guide</em> .
 *
 * <p>When CloudFormation deletes a key pair that was created or imported by a stack, it also
 * deletes the parameter that was used to store the private key material in Parameter Store.
 *
 * <p>CloudFormation type {@code AWS::EC2::KeyPair}.
 */
public final class KeyPair extends Resource<KeyPair> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::KeyPair")
      .required("KeyName")
      .allowed("KeyFormat", "pem", "ppk")
      .allowed("KeyType", "rsa", "ed25519")
      .refYields("KeyName")
      .attributes("KeyFingerprint", "KeyPairId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public KeyPair(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The format of the key pair.
   *
   * <p>Default: <code>pem</code>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code pem}, {@code ppk}. Default: {@code
   * "pem"}. CloudFormation property {@code KeyFormat}.
   */
  public KeyPair keyFormat(String value) {
    return set("KeyFormat", Value.of(value));
  }

  /** Sets {@code KeyFormat} to this value; see {@link #keyFormat(String)}. */
  public KeyPair keyFormat(Value<String> value) {
    return set("KeyFormat", value);
  }

  /**
   * A unique name for the key pair.
   *
   * <p>Constraints: Up to 255 ASCII characters
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code KeyName}.
   */
  public KeyPair keyName(String value) {
    return set("KeyName", Value.of(value));
  }

  /** Sets {@code KeyName} to this value; see {@link #keyName(String)}. */
  public KeyPair keyName(Value<String> value) {
    return set("KeyName", value);
  }

  /**
   * The type of key pair. Note that ED25519 keys are not supported for Windows instances.
   *
   * <p>If the <code>PublicKeyMaterial</code> property is specified, the <code>KeyType</code>
   * property is ignored, and the key type is inferred from the <code>PublicKeyMaterial</code>
   * value.
   *
   * <p>Default: <code>rsa</code>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code rsa}, {@code ed25519}. Default:
   * {@code "rsa"}. CloudFormation property {@code KeyType}.
   */
  public KeyPair keyType(String value) {
    return set("KeyType", Value.of(value));
  }

  /** Sets {@code KeyType} to this value; see {@link #keyType(String)}. */
  public KeyPair keyType(Value<String> value) {
    return set("KeyType", value);
  }

  /**
   * The public key material. The <code>PublicKeyMaterial</code> property is used to import a key
   * pair. If this property is not specified, then a new key pair will be created.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PublicKeyMaterial}.
   */
  public KeyPair publicKeyMaterial(String value) {
    return set("PublicKeyMaterial", Value.of(value));
  }

  /** Sets {@code PublicKeyMaterial} to this value; see {@link #publicKeyMaterial(String)}. */
  public KeyPair publicKeyMaterial(Value<String> value) {
    return set("PublicKeyMaterial", value);
  }

  /**
   * The tags to apply to the key pair.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public KeyPair tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public KeyPair tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public KeyPair tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * If you created the key pair using Amazon EC2:
   *
   * <ul> <li>For RSA key pairs, the key fingerprint is the SHA-1 digest of the DER encoded private
   * key. <li>For ED25519 key pairs, the key fingerprint is the base64-encoded SHA-256 digest, which
   * is the default for OpenSSH, starting with <a
   * href="https://docs.aws.amazon.com/http://www.openssh.com/txt/release-6.8">OpenSSH 6.8</a> .
   * </ul>
   *
   * <p>If you imported the key pair to Amazon EC2:
   *
   * <ul> <li>For RSA key pairs, the key fingerprint is the MD5 public key fingerprint as specified
   * in section 4 of RFC 4716. <li>For ED25519 key pairs, the key fingerprint is the base64-encoded
   * SHA-256 digest, which is the default for OpenSSH, starting with <a
   * href="https://docs.aws.amazon.com/http://www.openssh.com/txt/release-6.8">OpenSSH 6.8</a> .
   * </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code KeyFingerprint}.
   */
  public Value<String> keyFingerprint() {
    return getAtt("KeyFingerprint");
  }

  /**
   * The ID of the key pair.
   *
   * <p>{@code Fn::GetAtt} attribute {@code KeyPairId}.
   */
  public Value<String> keyPairId() {
    return getAtt("KeyPairId");
  }
}
