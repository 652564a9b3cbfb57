// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.securityagent;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Uploads an artifact to an agent space. Artifacts provide additional context for security testing,
 * such as architecture diagrams, API specifications, or configuration files.
 *
 * <p>CloudFormation type {@code AWS::SecurityAgent::Artifact}.
 */
public final class Artifact extends Resource<Artifact> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecurityAgent::Artifact")
      .required("AgentSpaceId", "ArtifactType", "FileName")
      .allowed("ArtifactType", "TXT", "PNG", "JPEG", "MD", "PDF", "DOCX", "DOC", "JSON", "YAML")
      .refYields("Arn")
      .attributes("Arn", "ArtifactId", "UpdatedAt")
      .build();

  public Artifact(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier of the agent space to add the artifact to.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code AgentSpaceId}.
   */
  public Artifact agentSpaceId(String value) {
    return set("AgentSpaceId", Value.of(value));
  }

  /** Sets {@code AgentSpaceId} to this value; see {@link #agentSpaceId(String)}. */
  public Artifact agentSpaceId(Value<String> value) {
    return set("AgentSpaceId", value);
  }

  /**
   * The binary content of the artifact to upload, encoded as a Base64 string.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ArtifactContent}.
   */
  public Artifact artifactContent(String value) {
    return set("ArtifactContent", Value.of(value));
  }

  /** Sets {@code ArtifactContent} to this value; see {@link #artifactContent(String)}. */
  public Artifact artifactContent(Value<String> value) {
    return set("ArtifactContent", value);
  }

  /**
   * The file type of the artifact.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code TXT}, {@code PNG},
   * {@code JPEG}, {@code MD}, {@code PDF}, {@code DOCX}, {@code DOC}, {@code JSON}, {@code YAML}.
   * CloudFormation property {@code ArtifactType}.
   */
  public Artifact artifactType(String value) {
    return set("ArtifactType", Value.of(value));
  }

  /** Sets {@code ArtifactType} to this value; see {@link #artifactType(String)}. */
  public Artifact artifactType(Value<String> value) {
    return set("ArtifactType", value);
  }

  /**
   * The file name of the artifact.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code FileName}.
   */
  public Artifact fileName(String value) {
    return set("FileName", Value.of(value));
  }

  /** Sets {@code FileName} to this value; see {@link #fileName(String)}. */
  public Artifact fileName(Value<String> value) {
    return set("FileName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the artifact.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier assigned to the uploaded artifact.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ArtifactId}.
   */
  public Value<String> artifactId() {
    return getAtt("ArtifactId");
  }

  /**
   * The date and time the artifact was last updated, in ISO 8601 format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }
}
