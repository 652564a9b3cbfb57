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
 * The <code>AWS::IVS::PlaybackKeyPair</code> resource specifies an playback key pair. uses a public
 * playback key to validate playback tokens that have been signed with the corresponding private
 * key. For more information, see <a
 * href="https://docs.aws.amazon.com/ivs/latest/LowLatencyUserGuide/private-channels.html">Setting
 * Up Private Channels</a> in the <em>Amazon IVS Low-Latency Streaming User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IVS::PlaybackKeyPair}.
 */
public final class PlaybackKeyPair extends Resource<PlaybackKeyPair> {
  private static final Schema SCHEMA = Schema.builder("AWS::IVS::PlaybackKeyPair")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-_]*$").minLength(0).maxLength(128))
      .refYields("Arn")
      .attributes("Arn", "Fingerprint")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PlaybackKeyPair(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Playback-key-pair name. The value does not need to be unique.
   *
   * <p>Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9-_]*$}. CloudFormation property {@code Name}.
   */
  public PlaybackKeyPair name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public PlaybackKeyPair name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The public portion of a customer-generated key pair. Note that this field is required to create
   * the AWS::IVS::PlaybackKeyPair resource.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PublicKeyMaterial}.
   */
  public PlaybackKeyPair publicKeyMaterial(String value) {
    return set("PublicKeyMaterial", Value.of(value));
  }

  /** Sets {@code PublicKeyMaterial} to this value; see {@link #publicKeyMaterial(String)}. */
  public PlaybackKeyPair publicKeyMaterial(Value<String> value) {
    return set("PublicKeyMaterial", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ivs-playbackkeypair-tag.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PlaybackKeyPair tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PlaybackKeyPair tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PlaybackKeyPair tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Key-pair ARN. For example:
   * <code>arn:aws:ivs:us-west-2:693991300569:playback-key/f99cde61-c2b0-4df3-8941-ca7d38acca1a</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Key-pair identifier. For example: <code>98:0d:1a:a0:19:96:1e:ea:0a:0a:2c:9a:42:19:2b:e7</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Fingerprint}.
   */
  public Value<String> fingerprint() {
    return getAtt("Fingerprint");
  }
}
