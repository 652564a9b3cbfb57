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
 * Resource Type definition for AWS::BedrockAgentCore::HarnessEndpoint - a named, stable reference
 * to a specific version of a Harness that callers invoke, allowing the underlying version to be
 * updated without changing how the agent is invoked.
 *
 * <p>CloudFormation type {@code AWS::BedrockAgentCore::HarnessEndpoint}.
 */
public final class HarnessEndpoint extends Resource<HarnessEndpoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::HarnessEndpoint")
      .required("EndpointName", "HarnessId")
      .constrain("Description", Constraint.of().minLength(1).maxLength(256))
      .constrain("EndpointName", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9_]{0,47}$"))
      .constrain("HarnessId", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9_]{0,39}-[a-zA-Z0-9]{10}$"))
      .constrain("TargetVersion", Constraint.of().pattern("^([1-9][0-9]{0,4})$").minLength(1).maxLength(5))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "HarnessName", "LiveVersion", "Status", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public HarnessEndpoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the endpoint.
   *
   * <p>Length: 1 to 256 characters. CloudFormation property {@code Description}.
   */
  public HarnessEndpoint description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public HarnessEndpoint description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the endpoint. Must start with a letter and contain only alphanumeric characters and
   * underscores.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[a-zA-Z][a-zA-Z0-9_]{0,47}$}.
   * CloudFormation property {@code EndpointName}.
   */
  public HarnessEndpoint endpointName(String value) {
    return set("EndpointName", Value.of(value));
  }

  /** Sets {@code EndpointName} to this value; see {@link #endpointName(String)}. */
  public HarnessEndpoint endpointName(Value<String> value) {
    return set("EndpointName", value);
  }

  /**
   * The ID of the harness that the endpoint belongs to.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[a-zA-Z][a-zA-Z0-9_]{0,39}-[a-zA-Z0-9]{10}$}. CloudFormation property {@code HarnessId}.
   */
  public HarnessEndpoint harnessId(String value) {
    return set("HarnessId", Value.of(value));
  }

  /** Sets {@code HarnessId} to this value; see {@link #harnessId(String)}. */
  public HarnessEndpoint harnessId(Value<String> value) {
    return set("HarnessId", value);
  }

  /**
   * Tags to apply to the harness endpoint resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public HarnessEndpoint tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public HarnessEndpoint tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public HarnessEndpoint tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The harness version that the endpoint points to and serves invocations from.
   *
   * <p>Length: 1 to 5 characters. Pattern: {@code ^([1-9][0-9]{0,4})$}. CloudFormation property
   * {@code TargetVersion}.
   */
  public HarnessEndpoint targetVersion(String value) {
    return set("TargetVersion", Value.of(value));
  }

  /** Sets {@code TargetVersion} to this value; see {@link #targetVersion(String)}. */
  public HarnessEndpoint targetVersion(Value<String> value) {
    return set("TargetVersion", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The timestamp when the endpoint was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The name of the harness that the endpoint belongs to.
   *
   * <p>{@code Fn::GetAtt} attribute {@code HarnessName}.
   */
  public Value<String> harnessName() {
    return getAtt("HarnessName");
  }

  /**
   * The harness version that the endpoint is currently serving.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LiveVersion}.
   */
  public Value<String> liveVersion() {
    return getAtt("LiveVersion");
  }

  /** {@code Fn::GetAtt} attribute {@code Status}. */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The timestamp when the endpoint was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }
}
