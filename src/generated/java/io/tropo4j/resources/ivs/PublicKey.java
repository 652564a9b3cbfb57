// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ivs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::IVS::PublicKey</code> resource specifies an Amazon IVS public key used to sign
 * stage participant tokens. For more information, see <a
 * href="https://docs.aws.amazon.com/ivs/latest/RealTimeUserGuide/getting-started-distribute-tokens.html">Distribute
 * Participant Tokens</a> in the <em>Amazon IVS Real-Time Streaming User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IVS::PublicKey}.
 */
public final class PublicKey extends Resource<PublicKey> {
  private static final Schema SCHEMA = Schema.builder("AWS::IVS::PublicKey")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-_]*$").minLength(0).maxLength(128))
      .constrain("PublicKeyMaterial", Constraint.of().pattern("-----BEGIN PUBLIC KEY-----\\r?\\n([a-zA-Z0-9+/=\\r\\n]+)\\r?\\n-----END PUBLIC KEY-----(\\r?\\n)?"))
      .refYields("Arn")
      .attributes("Arn", "Fingerprint")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PublicKey(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Public key name. The value does not need to be unique.
   *
   * <p>Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9-_]*$}. CloudFormation property {@code Name}.
   */
  public PublicKey name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public PublicKey name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The public portion of a customer-generated key pair. Note that this field is required to create
   * the AWS::IVS::PublicKey resource.
   *
   * <p>Changing it replaces the resource. Pattern: {@code -----BEGIN PUBLIC
   * KEY-----&#92;r?&#92;n([a-zA-Z0-9+/=&#92;r&#92;n]+)&#92;r?&#92;n-----END PUBLIC
   * KEY-----(&#92;r?&#92;n)?}. CloudFormation property {@code PublicKeyMaterial}.
   */
  public PublicKey publicKeyMaterial(String value) {
    return set("PublicKeyMaterial", Value.of(value));
  }

  /** Sets {@code PublicKeyMaterial} to this value; see {@link #publicKeyMaterial(String)}. */
  public PublicKey publicKeyMaterial(Value<String> value) {
    return set("PublicKeyMaterial", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PublicKey tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PublicKey tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PublicKey tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The public key ARN. For example:
   * <code>arn:aws:ivs:us-west-2:123456789012:public-key/abcdABCDefgh</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The public key identifier. For example:
   * <code>98:0d:1a:a0:19:96:1e:ea:0a:0a:2c:9a:42:19:2b:e7</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Fingerprint}.
   */
  public Value<String> fingerprint() {
    return getAtt("Fingerprint");
  }
}
