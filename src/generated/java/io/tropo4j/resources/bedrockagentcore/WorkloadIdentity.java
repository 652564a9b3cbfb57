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
 * Creates a workload identity for Amazon Bedrock AgentCore. A workload identity provides
 * OAuth2-based authentication for resources associated with agent runtimes.
 *
 * <p>For more information about using workload identities in Amazon Bedrock AgentCore, see <a
 * href="https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/workload-identity.html">Managing
 * workload identities</a> .
 *
 * <p>See the <em>Properties</em> section below for descriptions of both the required and optional
 * properties.
 *
 * <p>CloudFormation type {@code AWS::BedrockAgentCore::WorkloadIdentity}.
 */
public final class WorkloadIdentity extends Resource<WorkloadIdentity> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::WorkloadIdentity")
      .required("Name")
      .constrain("AllowedResourceOauth2ReturnUrls", Constraint.of().pattern("\\w+:(/?/?)[^\\s]+").minLength(1).maxLength(2048))
      .constrain("Name", Constraint.of().pattern("[A-Za-z0-9_.-]+").minLength(3).maxLength(255))
      .refYields("Name")
      .attributes("CreatedTime", "LastUpdatedTime", "WorkloadIdentityArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public WorkloadIdentity(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The list of allowed OAuth2 return URLs for resources associated with this workload identity.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code &#92;w+:(/?/?)[^&#92;s]+}. CloudFormation
   * property {@code AllowedResourceOauth2ReturnUrls}.
   */
  public WorkloadIdentity allowedResourceOauth2ReturnUrls(List<String> value) {
    return set("AllowedResourceOauth2ReturnUrls", Value.listOf(value));
  }

  /**
   * Sets {@code AllowedResourceOauth2ReturnUrls} to this value; see {@link
   * #allowedResourceOauth2ReturnUrls(List)}.
   */
  public WorkloadIdentity allowedResourceOauth2ReturnUrls(Value<List<String>> value) {
    return set("AllowedResourceOauth2ReturnUrls", value);
  }

  /**
   * The name of the workload identity. The name must be unique within your account.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 255 characters. Pattern: {@code
   * [A-Za-z0-9_.-]+}. CloudFormation property {@code Name}.
   */
  public WorkloadIdentity name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public WorkloadIdentity name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags for the workload identity.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public WorkloadIdentity tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public WorkloadIdentity tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public WorkloadIdentity tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The timestamp when the workload identity was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<Double> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * The timestamp when the workload identity was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTime}.
   */
  public Value<Double> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /**
   * The Amazon Resource Name (ARN) of the workload identity.
   *
   * <p>{@code Fn::GetAtt} attribute {@code WorkloadIdentityArn}.
   */
  public Value<String> workloadIdentityArn() {
    return getAtt("WorkloadIdentityArn");
  }
}
