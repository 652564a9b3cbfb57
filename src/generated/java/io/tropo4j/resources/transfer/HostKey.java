// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.transfer;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource type definition for AWS::Transfer::HostKey
 *
 * <p>CloudFormation type {@code AWS::Transfer::HostKey}.
 */
public final class HostKey extends Resource<HostKey> {
  private static final Schema SCHEMA = Schema.builder("AWS::Transfer::HostKey")
      .required("ServerId")
      .constrain("Description", Constraint.of().pattern("^[\\p{Print}]*$").minLength(0).maxLength(200))
      .constrain("HostKeyBody", Constraint.of().maxLength(4096))
      .constrain("ServerId", Constraint.of().pattern("^s-([0-9a-f]{17})$").minLength(19).maxLength(19))
      .refYields("Arn")
      .attributes("Arn", "DateImported", "HostKeyFingerprint", "HostKeyId", "Type")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public HostKey(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The text description for this host key.
   *
   * <p>Length: 0 to 200 characters. Pattern: {@code ^[&#92;p{Print}]*$}. CloudFormation property
   * {@code Description}.
   */
  public HostKey description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public HostKey description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The private key portion of an SSH key pair. Transfer Family accepts RSA, ECDSA, and ED25519
   * keys.
   *
   * <p>Changing it replaces the resource. Length: at most 4096 characters. CloudFormation property
   * {@code HostKeyBody}.
   */
  public HostKey hostKeyBody(String value) {
    return set("HostKeyBody", Value.of(value));
  }

  /** Sets {@code HostKeyBody} to this value; see {@link #hostKeyBody(String)}. */
  public HostKey hostKeyBody(Value<String> value) {
    return set("HostKeyBody", value);
  }

  /**
   * The identifier of the server that contains the host key.
   *
   * <p>Required. Changing it replaces the resource. Length: 19 to 19 characters. Pattern: {@code
   * ^s-([0-9a-f]{17})$}. CloudFormation property {@code ServerId}.
   */
  public HostKey serverId(String value) {
    return set("ServerId", Value.of(value));
  }

  /** Sets {@code ServerId} to this value; see {@link #serverId(String)}. */
  public HostKey serverId(Value<String> value) {
    return set("ServerId", value);
  }

  /**
   * Key-value pairs that can be used to group and search for host keys.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public HostKey tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public HostKey tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public HostKey tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The unique Amazon Resource Name (ARN) for the host key.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date on which the host key was added to the server.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DateImported}.
   */
  public Value<String> dateImported() {
    return getAtt("DateImported");
  }

  /**
   * The public key fingerprint, which is a short sequence of bytes used to identify the longer
   * public key.
   *
   * <p>{@code Fn::GetAtt} attribute {@code HostKeyFingerprint}.
   */
  public Value<String> hostKeyFingerprint() {
    return getAtt("HostKeyFingerprint");
  }

  /**
   * A unique identifier for the host key.
   *
   * <p>{@code Fn::GetAtt} attribute {@code HostKeyId}.
   */
  public Value<String> hostKeyId() {
    return getAtt("HostKeyId");
  }

  /**
   * The encryption algorithm that is used for the host key.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Type}.
   */
  public Value<String> typeAttribute() {
    return getAtt("Type");
  }
}
