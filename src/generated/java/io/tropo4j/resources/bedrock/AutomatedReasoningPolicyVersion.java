// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrock;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new version of an existing Automated Reasoning policy. This allows you to iterate on
 * your policy rules while maintaining previous versions for rollback or comparison purposes.
 *
 * <p>CloudFormation type {@code AWS::Bedrock::AutomatedReasoningPolicyVersion}.
 */
public final class AutomatedReasoningPolicyVersion extends Resource<AutomatedReasoningPolicyVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::AutomatedReasoningPolicyVersion")
      .required("PolicyArn")
      .constrain("LastUpdatedDefinitionHash", Constraint.of().pattern("^[0-9a-z]{128}$").minLength(128).maxLength(128))
      .constrain("PolicyArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:automated-reasoning-policy\\/[a-z0-9]{12}$").minLength(1).maxLength(2048))
      .attributes("CreatedAt", "DefinitionHash", "Description", "Name", "PolicyId", "UpdatedAt",
          "Version")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AutomatedReasoningPolicyVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The hash of the policy definition that was last updated.
   *
   * <p>Changing it replaces the resource. Length: 128 to 128 characters. Pattern: {@code
   * ^[0-9a-z]{128}$}. CloudFormation property {@code LastUpdatedDefinitionHash}.
   */
  public AutomatedReasoningPolicyVersion lastUpdatedDefinitionHash(String value) {
    return set("LastUpdatedDefinitionHash", Value.of(value));
  }

  /**
   * Sets {@code LastUpdatedDefinitionHash} to this value; see {@link
   * #lastUpdatedDefinitionHash(String)}.
   */
  public AutomatedReasoningPolicyVersion lastUpdatedDefinitionHash(Value<String> value) {
    return set("LastUpdatedDefinitionHash", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the policy.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:automated-reasoning-policy&#92;/[a-z0-9]{12}$}.
   * CloudFormation property {@code PolicyArn}.
   */
  public AutomatedReasoningPolicyVersion policyArn(String value) {
    return set("PolicyArn", Value.of(value));
  }

  /** Sets {@code PolicyArn} to this value; see {@link #policyArn(String)}. */
  public AutomatedReasoningPolicyVersion policyArn(Value<String> value) {
    return set("PolicyArn", value);
  }

  /**
   * The tags associated with the Automated Reasoning policy version.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public AutomatedReasoningPolicyVersion tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AutomatedReasoningPolicyVersion tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AutomatedReasoningPolicyVersion tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The timestamp when the policy version was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * A hash of the policy definition used to identify the version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DefinitionHash}.
   */
  public Value<String> definitionHash() {
    return getAtt("DefinitionHash");
  }

  /**
   * The description of the policy version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Description}.
   */
  public Value<String> description() {
    return getAtt("Description");
  }

  /**
   * The name of the policy version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * The unique identifier of the policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PolicyId}.
   */
  public Value<String> policyId() {
    return getAtt("PolicyId");
  }

  /**
   * The timestamp when the policy version was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The version number of the policy version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Version}.
   */
  public Value<String> version() {
    return getAtt("Version");
  }
}
