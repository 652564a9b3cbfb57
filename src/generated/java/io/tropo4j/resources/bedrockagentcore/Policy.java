// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrockagentcore;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::BedrockAgentCore::Policy
 *
 * <p>CloudFormation type {@code AWS::BedrockAgentCore::Policy}.
 */
public final class Policy extends Resource<Policy> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Policy")
      .required("Definition", "Name", "PolicyEngineId")
      .constrain("Description", Constraint.of().minLength(1).maxLength(4096))
      .allowed("EnforcementMode", "ACTIVE", "LOG_ONLY")
      .constrain("Name", Constraint.of().pattern("^[A-Za-z][A-Za-z0-9_]*$").minLength(1).maxLength(48))
      .constrain("PolicyEngineId", Constraint.of().pattern("^[A-Za-z][A-Za-z0-9_]*-[a-z0-9_]{10}$").minLength(12).maxLength(59))
      .allowed("ValidationMode", "FAIL_ON_ANY_FINDINGS", "IGNORE_ALL_FINDINGS")
      .refYields("PolicyArn")
      .attributes("CreatedAt", "PolicyArn", "PolicyId", "Status", "StatusReasons", "UpdatedAt")
      .build();

  public Policy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The definition structure for policies. Encapsulates different policy formats.
   *
   * <p>Required. CloudFormation property {@code Definition}.
   */
  public Policy definition(Value<PolicyDefinition> value) {
    return set("Definition", value);
  }

  /**
   * A human-readable description of the policy's purpose and functionality.
   *
   * <p>Length: 1 to 4096 characters. CloudFormation property {@code Description}.
   */
  public Policy description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Policy description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Whether the policy contributes to the enforce decision returned to Gateway. LOG_ONLY policies
   * are still evaluated but their decisions are observed only, allowing customers to validate a
   * policy against real traffic before promoting it.
   *
   * <p>Allowed values: {@code ACTIVE}, {@code LOG_ONLY}. Default: {@code "ACTIVE"}. CloudFormation
   * property {@code EnforcementMode}.
   */
  public Policy enforcementMode(String value) {
    return set("EnforcementMode", Value.of(value));
  }

  /** Sets {@code EnforcementMode} to this value; see {@link #enforcementMode(String)}. */
  public Policy enforcementMode(Value<String> value) {
    return set("EnforcementMode", value);
  }

  /**
   * The customer-assigned immutable name for the policy. Must be unique within the policy engine.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 48 characters. Pattern: {@code
   * ^[A-Za-z][A-Za-z0-9_]*$}. CloudFormation property {@code Name}.
   */
  public Policy name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Policy name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The identifier of the policy engine which contains this policy.
   *
   * <p>Required. Changing it replaces the resource. Length: 12 to 59 characters. Pattern: {@code
   * ^[A-Za-z][A-Za-z0-9_]*-[a-z0-9_]{10}$}. CloudFormation property {@code PolicyEngineId}.
   */
  public Policy policyEngineId(String value) {
    return set("PolicyEngineId", Value.of(value));
  }

  /** Sets {@code PolicyEngineId} to this value; see {@link #policyEngineId(String)}. */
  public Policy policyEngineId(Value<String> value) {
    return set("PolicyEngineId", value);
  }

  /**
   * The validation mode for the policy. Determines how Cedar analyzer validation results are
   * handled.
   *
   * <p>Allowed values: {@code FAIL_ON_ANY_FINDINGS}, {@code IGNORE_ALL_FINDINGS}. CloudFormation
   * property {@code ValidationMode}.
   */
  public Policy validationMode(String value) {
    return set("ValidationMode", Value.of(value));
  }

  /** Sets {@code ValidationMode} to this value; see {@link #validationMode(String)}. */
  public Policy validationMode(Value<String> value) {
    return set("ValidationMode", value);
  }

  /**
   * The timestamp when the policy was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The Amazon Resource Name (ARN) of the policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PolicyArn}.
   */
  public Value<String> policyArn() {
    return getAtt("PolicyArn");
  }

  /**
   * The unique identifier for the policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PolicyId}.
   */
  public Value<String> policyId() {
    return getAtt("PolicyId");
  }

  /** {@code Fn::GetAtt} attribute {@code Status}. */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Additional information about the policy status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusReasons}.
   */
  public Value<List<String>> statusReasons() {
    return getAtt("StatusReasons");
  }

  /**
   * The timestamp when the policy was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * A Cedar policy statement within the AgentCore Policy system.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Policy.CedarPolicy}.
   */
  public static final class CedarPolicy extends Struct<CedarPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Policy.CedarPolicy")
        .required("Statement")
        .constrain("Statement", Constraint.of().minLength(35).maxLength(10000))
        .build();

    public CedarPolicy() {
      super(SCHEMA);
    }

    /**
     * The Cedar policy statement that defines the authorization logic.
     *
     * <p>Required. Length: 35 to 10000 characters. CloudFormation property {@code Statement}.
     */
    public CedarPolicy statement(String value) {
      return set("Statement", Value.of(value));
    }

    /** Sets {@code Statement} to this value; see {@link #statement(String)}. */
    public CedarPolicy statement(Value<String> value) {
      return set("Statement", value);
    }
  }

  /**
   * The definition structure for policies. Encapsulates different policy formats.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Policy.PolicyDefinition}.
   */
  public static final class PolicyDefinition extends Struct<PolicyDefinition> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::Policy.PolicyDefinition");

    public PolicyDefinition() {
      super(SCHEMA);
    }

    /**
     * A Cedar policy statement within the AgentCore Policy system.
     *
     * <p>CloudFormation property {@code Cedar}.
     */
    public PolicyDefinition cedar(Value<CedarPolicy> value) {
      return set("Cedar", value);
    }

    /**
     * A policy statement within the AgentCore Policy system.
     *
     * <p>CloudFormation property {@code Policy}.
     */
    public PolicyDefinition policy(Value<PolicyStatement> value) {
      return set("Policy", value);
    }
  }

  /**
   * A policy statement within the AgentCore Policy system.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::Policy.PolicyStatement}.
   */
  public static final class PolicyStatement extends Struct<PolicyStatement> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::Policy.PolicyStatement")
        .required("Statement")
        .constrain("Statement", Constraint.of().minLength(35).maxLength(10000))
        .build();

    public PolicyStatement() {
      super(SCHEMA);
    }

    /**
     * The policy statement.
     *
     * <p>Required. Length: 35 to 10000 characters. CloudFormation property {@code Statement}.
     */
    public PolicyStatement statement(String value) {
      return set("Statement", Value.of(value));
    }

    /** Sets {@code Statement} to this value; see {@link #statement(String)}. */
    public PolicyStatement statement(Value<String> value) {
      return set("Statement", value);
    }
  }
}
