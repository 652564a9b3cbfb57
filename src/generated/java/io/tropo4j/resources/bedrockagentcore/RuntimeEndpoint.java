// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrockagentcore;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * AgentCore Runtime is a secure, serverless runtime purpose-built for deploying and scaling dynamic
 * AI agents and tools using any open-source framework including LangGraph, CrewAI, and Strands
 * Agents, any protocol, and any model.
 *
 * <p>For more information about using agent runtime endpoints in Amazon Bedrock AgentCore, see <a
 * href="https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/agent-runtime-versioning.html">AgentCore
 * Runtime versioning and endpoints</a> .
 *
 * <p>See the <em>Properties</em> section below for descriptions of both the required and optional
 * properties.
 *
 * <p>CloudFormation type {@code AWS::BedrockAgentCore::RuntimeEndpoint}.
 */
public final class RuntimeEndpoint extends Resource<RuntimeEndpoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::RuntimeEndpoint")
      .required("AgentRuntimeId", "Name")
      .constrain("AgentRuntimeId", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9_]{0,99}-[a-zA-Z0-9]{10}$"))
      .constrain("AgentRuntimeVersion", Constraint.of().pattern("^([1-9][0-9]{0,4})$"))
      .constrain("Description", Constraint.of().minLength(1).maxLength(256))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9_]{0,47}$").minLength(1).maxLength(48))
      .refYields("AgentRuntimeEndpointArn")
      .attributes("AgentRuntimeArn", "AgentRuntimeEndpointArn", "CreatedAt", "FailureReason", "Id",
          "LastUpdatedAt", "LiveVersion", "Status", "TargetVersion")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public RuntimeEndpoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The agent runtime ID.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[a-zA-Z][a-zA-Z0-9_]{0,99}-[a-zA-Z0-9]{10}$}. CloudFormation property {@code AgentRuntimeId}.
   */
  public RuntimeEndpoint agentRuntimeId(String value) {
    return set("AgentRuntimeId", Value.of(value));
  }

  /** Sets {@code AgentRuntimeId} to this value; see {@link #agentRuntimeId(String)}. */
  public RuntimeEndpoint agentRuntimeId(Value<String> value) {
    return set("AgentRuntimeId", value);
  }

  /**
   * The version of the agent.
   *
   * <p>Pattern: {@code ^([1-9][0-9]{0,4})$}. CloudFormation property {@code AgentRuntimeVersion}.
   */
  public RuntimeEndpoint agentRuntimeVersion(String value) {
    return set("AgentRuntimeVersion", Value.of(value));
  }

  /** Sets {@code AgentRuntimeVersion} to this value; see {@link #agentRuntimeVersion(String)}. */
  public RuntimeEndpoint agentRuntimeVersion(Value<String> value) {
    return set("AgentRuntimeVersion", value);
  }

  /**
   * Contains information about an agent runtime endpoint. An agent runtime is the execution
   * environment for a Amazon Bedrock Agent.
   *
   * <p>Length: 1 to 256 characters. CloudFormation property {@code Description}.
   */
  public RuntimeEndpoint description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public RuntimeEndpoint description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the AgentCore Runtime endpoint.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 48 characters. Pattern: {@code
   * ^[a-zA-Z][a-zA-Z0-9_]{0,47}$}. CloudFormation property {@code Name}.
   */
  public RuntimeEndpoint name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public RuntimeEndpoint name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags for the AgentCore Runtime endpoint.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RuntimeEndpoint tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public RuntimeEndpoint tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public RuntimeEndpoint tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the runtime agent.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AgentRuntimeArn}.
   */
  public Value<String> agentRuntimeArn() {
    return getAtt("AgentRuntimeArn");
  }

  /**
   * The endpoint Amazon Resource Name (ARN).
   *
   * <p>{@code Fn::GetAtt} attribute {@code AgentRuntimeEndpointArn}.
   */
  public Value<String> agentRuntimeEndpointArn() {
    return getAtt("AgentRuntimeEndpointArn");
  }

  /**
   * The time at which the endpoint was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The reason for failure if the memory is in a failed state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FailureReason}.
   */
  public Value<String> failureReason() {
    return getAtt("FailureReason");
  }

  /**
   * The ID of the runtime endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The time at which the endpoint was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * The live version for the runtime endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LiveVersion}.
   */
  public Value<String> liveVersion() {
    return getAtt("LiveVersion");
  }

  /**
   * The status of the runtime endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The target version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TargetVersion}.
   */
  public Value<String> targetVersion() {
    return getAtt("TargetVersion");
  }
}
