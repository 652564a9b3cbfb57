// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrockagentcore;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::BedrockAgentCore::PolicyEngine
 *
 * <p>CloudFormation type {@code AWS::BedrockAgentCore::PolicyEngine}.
 */
public final class PolicyEngine extends Resource<PolicyEngine> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::PolicyEngine")
      .required("Name")
      .constrain("Description", Constraint.of().minLength(1).maxLength(4096))
      .constrain("EncryptionKeyArn", Constraint.of().pattern("^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$").minLength(1).maxLength(2048))
      .constrain("Name", Constraint.of().pattern("^[A-Za-z][A-Za-z0-9_]*$").minLength(1).maxLength(48))
      .refYields("PolicyEngineArn")
      .attributes("CreatedAt", "PolicyEngineArn", "PolicyEngineId", "Status", "StatusReasons",
          "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PolicyEngine(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A human-readable description of the policy engine's purpose and scope
   *
   * <p>Length: 1 to 4096 characters. CloudFormation property {@code Description}.
   */
  public PolicyEngine description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public PolicyEngine description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ARN of the KMS key used to encrypt the policy engine data
   *
   * <p>Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$}. CloudFormation
   * property {@code EncryptionKeyArn}.
   */
  public PolicyEngine encryptionKeyArn(String value) {
    return set("EncryptionKeyArn", Value.of(value));
  }

  /** Sets {@code EncryptionKeyArn} to this value; see {@link #encryptionKeyArn(String)}. */
  public PolicyEngine encryptionKeyArn(Value<String> value) {
    return set("EncryptionKeyArn", value);
  }

  /**
   * The customer-assigned immutable name for the policy engine
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 48 characters. Pattern: {@code
   * ^[A-Za-z][A-Za-z0-9_]*$}. CloudFormation property {@code Name}.
   */
  public PolicyEngine name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public PolicyEngine name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A list of tags to assign to the policy engine.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PolicyEngine tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PolicyEngine tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PolicyEngine tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The timestamp when the policy engine was created
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The Amazon Resource Name (ARN) of the policy engine
   *
   * <p>{@code Fn::GetAtt} attribute {@code PolicyEngineArn}.
   */
  public Value<String> policyEngineArn() {
    return getAtt("PolicyEngineArn");
  }

  /**
   * The unique identifier for the policy engine
   *
   * <p>{@code Fn::GetAtt} attribute {@code PolicyEngineId}.
   */
  public Value<String> policyEngineId() {
    return getAtt("PolicyEngineId");
  }

  /** {@code Fn::GetAtt} attribute {@code Status}. */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Additional information about the policy engine status
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusReasons}.
   */
  public Value<List<String>> statusReasons() {
    return getAtt("StatusReasons");
  }

  /**
   * The timestamp when the policy engine was last updated
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }
}
