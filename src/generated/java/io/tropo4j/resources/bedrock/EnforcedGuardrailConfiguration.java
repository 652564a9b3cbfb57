// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrock;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Definition of AWS::Bedrock::EnforcedGuardrailConfiguration Resource Type
 *
 * <p>CloudFormation type {@code AWS::Bedrock::EnforcedGuardrailConfiguration}.
 */
public final class EnforcedGuardrailConfiguration extends Resource<EnforcedGuardrailConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::EnforcedGuardrailConfiguration")
      .required("GuardrailIdentifier", "GuardrailVersion")
      .constrain("GuardrailIdentifier", Constraint.of().pattern("^(([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail/[a-z0-9]+))$").minLength(0).maxLength(2048))
      .constrain("GuardrailVersion", Constraint.of().pattern("^[1-9][0-9]{0,7}$"))
      .refYields("ConfigId")
      .attributes("ConfigId", "CreatedAt", "CreatedBy", "GuardrailArn", "GuardrailId", "Owner",
          "UpdatedAt", "UpdatedBy")
      .build();

  public EnforcedGuardrailConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Identifier for the guardrail, could be the ID or the ARN
   *
   * <p>Required. Length: 0 to 2048 characters. Pattern: {@code
   * ^(([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail/[a-z0-9]+))$}.
   * CloudFormation property {@code GuardrailIdentifier}.
   */
  public EnforcedGuardrailConfiguration guardrailIdentifier(String value) {
    return set("GuardrailIdentifier", Value.of(value));
  }

  /** Sets {@code GuardrailIdentifier} to this value; see {@link #guardrailIdentifier(String)}. */
  public EnforcedGuardrailConfiguration guardrailIdentifier(Value<String> value) {
    return set("GuardrailIdentifier", value);
  }

  /**
   * Numerical guardrail version (not DRAFT)
   *
   * <p>Required. Pattern: {@code ^[1-9][0-9]{0,7}$}. CloudFormation property {@code
   * GuardrailVersion}.
   */
  public EnforcedGuardrailConfiguration guardrailVersion(String value) {
    return set("GuardrailVersion", Value.of(value));
  }

  /** Sets {@code GuardrailVersion} to this value; see {@link #guardrailVersion(String)}. */
  public EnforcedGuardrailConfiguration guardrailVersion(Value<String> value) {
    return set("GuardrailVersion", value);
  }

  /**
   * Model-specific information for the enforced guardrail configuration. If not present, the
   * configuration is enforced on all models
   *
   * <p>CloudFormation property {@code ModelEnforcement}.
   */
  public EnforcedGuardrailConfiguration modelEnforcement(Value<ModelEnforcement> value) {
    return set("ModelEnforcement", value);
  }

  /**
   * Selective content guarding controls for enforced guardrails
   *
   * <p>CloudFormation property {@code SelectiveContentGuarding}.
   */
  public EnforcedGuardrailConfiguration selectiveContentGuarding(Value<SelectiveContentGuarding> value) {
    return set("SelectiveContentGuarding", value);
  }

  /**
   * Unique ID for the account enforced configuration
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConfigId}.
   */
  public Value<String> configId() {
    return getAtt("ConfigId");
  }

  /**
   * Timestamp when the configuration was created
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The ARN of the role used to create the configuration
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedBy}.
   */
  public Value<String> createdBy() {
    return getAtt("CreatedBy");
  }

  /**
   * ARN representation for the guardrail
   *
   * <p>{@code Fn::GetAtt} attribute {@code GuardrailArn}.
   */
  public Value<String> guardrailArn() {
    return getAtt("GuardrailArn");
  }

  /**
   * Unique ID for the guardrail
   *
   * <p>{@code Fn::GetAtt} attribute {@code GuardrailId}.
   */
  public Value<String> guardrailId() {
    return getAtt("GuardrailId");
  }

  /**
   * Configuration owner type
   *
   * <p>{@code Fn::GetAtt} attribute {@code Owner}.
   */
  public Value<String> owner() {
    return getAtt("Owner");
  }

  /**
   * Timestamp when the configuration was last updated
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The ARN of the role used to update the configuration
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedBy}.
   */
  public Value<String> updatedBy() {
    return getAtt("UpdatedBy");
  }

  /**
   * Model-specific information for the enforced guardrail configuration. If not present, the
   * configuration is enforced on all models
   *
   * <p>Property type {@code AWS::Bedrock::EnforcedGuardrailConfiguration.ModelEnforcement}.
   */
  public static final class ModelEnforcement extends Struct<ModelEnforcement> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::EnforcedGuardrailConfiguration.ModelEnforcement")
        .required("ExcludedModels", "IncludedModels")
        .constrain("ExcludedModels", Constraint.of().pattern("^([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63})([:][a-z0-9-]{1,63}){0,2}(/[a-z0-9]{12}){0,1}$"))
        .constrain("IncludedModels", Constraint.of().pattern("^(ALL|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63})([:][a-z0-9-]{1,63}){0,2}(/[a-z0-9]{12}){0,1})$"))
        .build();

    public ModelEnforcement() {
      super(SCHEMA);
    }

    /**
     * Models to exclude from enforcement. If a model is in both lists, it is excluded
     *
     * <p>Required. Pattern: {@code
     * ^([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63})([:][a-z0-9-]{1,63}){0,2}(/[a-z0-9]{12}){0,1}$}.
     * CloudFormation property {@code ExcludedModels}.
     */
    public ModelEnforcement excludedModels(List<String> value) {
      return set("ExcludedModels", Value.listOf(value));
    }

    /** Sets {@code ExcludedModels} to this value; see {@link #excludedModels(List)}. */
    public ModelEnforcement excludedModels(Value<List<String>> value) {
      return set("ExcludedModels", value);
    }

    /**
     * Models to enforce the guardrail on
     *
     * <p>Required. Pattern: {@code
     * ^(ALL|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63})([:][a-z0-9-]{1,63}){0,2}(/[a-z0-9]{12}){0,1})$}.
     * CloudFormation property {@code IncludedModels}.
     */
    public ModelEnforcement includedModels(List<String> value) {
      return set("IncludedModels", Value.listOf(value));
    }

    /** Sets {@code IncludedModels} to this value; see {@link #includedModels(List)}. */
    public ModelEnforcement includedModels(Value<List<String>> value) {
      return set("IncludedModels", value);
    }
  }

  /**
   * Selective content guarding controls for enforced guardrails
   *
   * <p>Property type {@code AWS::Bedrock::EnforcedGuardrailConfiguration.SelectiveContentGuarding}.
   */
  public static final class SelectiveContentGuarding extends Struct<SelectiveContentGuarding> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::EnforcedGuardrailConfiguration.SelectiveContentGuarding")
        .allowed("Messages", "SELECTIVE", "COMPREHENSIVE")
        .allowed("System", "SELECTIVE", "COMPREHENSIVE")
        .build();

    public SelectiveContentGuarding() {
      super(SCHEMA);
    }

    /**
     * Selective guarding mode for user messages
     *
     * <p>Allowed values: {@code SELECTIVE}, {@code COMPREHENSIVE}. CloudFormation property {@code
     * Messages}.
     */
    public SelectiveContentGuarding messages(String value) {
      return set("Messages", Value.of(value));
    }

    /** Sets {@code Messages} to this value; see {@link #messages(String)}. */
    public SelectiveContentGuarding messages(Value<String> value) {
      return set("Messages", value);
    }

    /**
     * Selective guarding mode for system prompts
     *
     * <p>Allowed values: {@code SELECTIVE}, {@code COMPREHENSIVE}. CloudFormation property {@code
     * System}.
     */
    public SelectiveContentGuarding system(String value) {
      return set("System", Value.of(value));
    }

    /** Sets {@code System} to this value; see {@link #system(String)}. */
    public SelectiveContentGuarding system(Value<String> value) {
      return set("System", value);
    }
  }
}
