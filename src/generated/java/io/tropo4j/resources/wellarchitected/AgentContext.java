// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wellarchitected;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Resource schema for AWS::WellArchitected::AgentContext. An Agent Context provides supplemental
 * application context (free-form content) within an Agent Profile, used to improve the quality of
 * Well-Architected Agent recommendations.
 *
 * <p>CloudFormation type {@code AWS::WellArchitected::AgentContext}.
 */
public final class AgentContext extends Resource<AgentContext> {
  private static final Schema SCHEMA = Schema.builder("AWS::WellArchitected::AgentContext")
      .required("Content", "ContextType", "ProfileArn", "Title")
      .allowed("ContextType", "APPLICATION")
      .constrain("ProfileArn", Constraint.of().pattern("^arn:aws([a-z0-9-]+)?:wellarchitected:[a-z0-9-]{6,64}:[0-9]{12}:agent-profile/[a-zA-Z0-9_-]+$").minLength(1).maxLength(2048))
      .constrain("Title", Constraint.of().pattern("^[\\P{C}]+$").minLength(1).maxLength(1000))
      .refYields("Arn")
      .attributes("ApplicationType", "Arn", "CreatedAt", "CreatedBy", "Criticality", "Id",
          "LastModifiedAt", "LastModifiedBy")
      .build();

  public AgentContext(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The free-form content of the Agent Context, supplied as an arbitrary JSON object.
   *
   * <p>Required. CloudFormation property {@code Content}.
   */
  public AgentContext content(Value<Json> value) {
    return set("Content", value);
  }

  /**
   * The type of the Agent Context.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code APPLICATION}.
   * CloudFormation property {@code ContextType}.
   */
  public AgentContext contextType(String value) {
    return set("ContextType", Value.of(value));
  }

  /** Sets {@code ContextType} to this value; see {@link #contextType(String)}. */
  public AgentContext contextType(Value<String> value) {
    return set("ContextType", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the parent Agent Profile that owns this context. Pass
   * <code>!Ref</code> of the parent AWS::WellArchitected::AgentProfile to flow its ARN here.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws([a-z0-9-]+)?:wellarchitected:[a-z0-9-]{6,64}:[0-9]{12}:agent-profile/[a-zA-Z0-9_-]+$}.
   * CloudFormation property {@code ProfileArn}.
   */
  public AgentContext profileArn(String value) {
    return set("ProfileArn", Value.of(value));
  }

  /** Sets {@code ProfileArn} to this value; see {@link #profileArn(String)}. */
  public AgentContext profileArn(Value<String> value) {
    return set("ProfileArn", value);
  }

  /**
   * The title of the Agent Context.
   *
   * <p>Required. Length: 1 to 1000 characters. Pattern: {@code ^[&#92;P{C}]+$}. CloudFormation
   * property {@code Title}.
   */
  public AgentContext title(String value) {
    return set("Title", Value.of(value));
  }

  /** Sets {@code Title} to this value; see {@link #title(String)}. */
  public AgentContext title(Value<String> value) {
    return set("Title", value);
  }

  /**
   * Type of the application described by this context. Mirrors the value stored in
   * <code>Content.applicationType</code> and is surfaced as a typed read-only attribute by the
   * service for discoverability.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationType}.
   */
  public Value<String> applicationType() {
    return getAtt("ApplicationType");
  }

  /**
   * The synthetic Amazon Resource Name (ARN) of the Agent Context, composed of the parent profile
   * ARN and the context id.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The timestamp when the context was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The identifier of the system or user that created this context.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedBy}.
   */
  public Value<String> createdBy() {
    return getAtt("CreatedBy");
  }

  /**
   * Business criticality of the application described by this context. Mirrors the value stored in
   * <code>Content.criticality</code> and is surfaced as a typed read-only attribute by the service
   * for discoverability.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Criticality}.
   */
  public Value<String> criticality() {
    return getAtt("Criticality");
  }

  /**
   * The service-generated unique identifier of the Agent Context.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The timestamp when the context was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedAt}.
   */
  public Value<String> lastModifiedAt() {
    return getAtt("LastModifiedAt");
  }

  /**
   * The identifier of the system or user that last modified this context.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedBy}.
   */
  public Value<String> lastModifiedBy() {
    return getAtt("LastModifiedBy");
  }
}
