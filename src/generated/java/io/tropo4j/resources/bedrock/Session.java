// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrock;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Definition of AWS::Bedrock::Session Resource Type
 *
 * <p>CloudFormation type {@code AWS::Bedrock::Session}.
 */
public final class Session extends Resource<Session> {
  private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::Session")
      .constrain("EncryptionKeyArn", Constraint.of().pattern("^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$").minLength(1).maxLength(2048))
      .refYields("SessionArn")
      .attributes("CreatedAt", "LastUpdatedAt", "SessionArn", "SessionId", "SessionStatus")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Session(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the KMS key to use to encrypt the session data.
   *
   * <p>Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$}. CloudFormation
   * property {@code EncryptionKeyArn}.
   */
  public Session encryptionKeyArn(String value) {
    return set("EncryptionKeyArn", Value.of(value));
  }

  /** Sets {@code EncryptionKeyArn} to this value; see {@link #encryptionKeyArn(String)}. */
  public Session encryptionKeyArn(Value<String> value) {
    return set("EncryptionKeyArn", value);
  }

  /**
   * A map of key-value pairs containing attributes to be persisted across the session.
   *
   * <p>CloudFormation property {@code SessionMetadata}.
   */
  public Session sessionMetadata(Map<String, String> value) {
    return set("SessionMetadata", Value.mapOf(value));
  }

  /** Sets {@code SessionMetadata} to this value; see {@link #sessionMetadata(Map)}. */
  public Session sessionMetadata(Value<Map<String, String>> value) {
    return set("SessionMetadata", value);
  }

  /**
   * A list of tags associated with the session.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Session tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Session tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Session tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The timestamp for when the session was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The timestamp for when the session was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * The Amazon Resource Name (ARN) of the session.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SessionArn}.
   */
  public Value<String> sessionArn() {
    return getAtt("SessionArn");
  }

  /**
   * The unique identifier of the session in UUID format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SessionId}.
   */
  public Value<String> sessionId() {
    return getAtt("SessionId");
  }

  /**
   * The current status of the session.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SessionStatus}.
   */
  public Value<String> sessionStatus() {
    return getAtt("SessionStatus");
  }
}
