// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.refactorspaces;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * AWS Migration Hub is no longer open to new customers as of November 7, 2025. For capabilities
 * similar to AWS Migration Hub , explore <a
 * href="https://docs.aws.amazon.com/https://aws.amazon.com/transform">AWS Migration Hub</a> .
 *
 * <p>Creates an AWS Migration Hub Refactor Spaces environment. The caller owns the environment
 * resource, and all Refactor Spaces applications, services, and routes created within the
 * environment. They are referred to as the <em>environment owner</em> . The environment owner has
 * cross-account visibility and control of Refactor Spaces resources that are added to the
 * environment by other accounts that the environment is shared with.
 *
 * <p>When creating an environment with a <a
 * href="https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_CreateEnvironment.html#migrationhubrefactorspaces-CreateEnvironment-request-NetworkFabricType">CreateEnvironment:NetworkFabricType</a>
 * of <code>TRANSIT_GATEWAY</code> , Refactor Spaces provisions a transit gateway to enable services
 * in VPCs to communicate directly across accounts. If <a
 * href="https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_CreateEnvironment.html#migrationhubrefactorspaces-CreateEnvironment-request-NetworkFabricType">CreateEnvironment:NetworkFabricType</a>
 * is <code>NONE</code> , Refactor Spaces does not create a transit gateway and you must use your
 * network infrastructure to route traffic to services with private URL endpoints.
 *
 * <p>CloudFormation type {@code AWS::RefactorSpaces::Environment}.
 */
public final class Environment extends Resource<Environment> {
  private static final Schema SCHEMA = Schema.builder("AWS::RefactorSpaces::Environment")
      .constrain("Description", Constraint.of().pattern("^[a-zA-Z0-9-_\\s\\.\\!\\*\\#\\@\\']+$").minLength(1).maxLength(256))
      .constrain("Name", Constraint.of().pattern("^(?!env-)[a-zA-Z0-9]+[a-zA-Z0-9-_ ]+$").minLength(3).maxLength(63))
      .allowed("NetworkFabricType", "TRANSIT_GATEWAY", "NONE")
      .refYields("EnvironmentIdentifier")
      .attributes("Arn", "EnvironmentIdentifier", "TransitGatewayId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Environment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the environment.
   *
   * <p>Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[a-zA-Z0-9-_&#92;s&#92;.&#92;!&#92;*&#92;#&#92;&#64;&#92;']+$}. CloudFormation property {@code
   * Description}.
   */
  public Environment description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Environment description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the environment.
   *
   * <p>Changing it replaces the resource. Length: 3 to 63 characters. Pattern: {@code
   * ^(?!env-)[a-zA-Z0-9]+[a-zA-Z0-9-_ ]+$}. CloudFormation property {@code Name}.
   */
  public Environment name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Environment name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The network fabric type of the environment.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code TRANSIT_GATEWAY}, {@code NONE}.
   * CloudFormation property {@code NetworkFabricType}.
   */
  public Environment networkFabricType(String value) {
    return set("NetworkFabricType", Value.of(value));
  }

  /** Sets {@code NetworkFabricType} to this value; see {@link #networkFabricType(String)}. */
  public Environment networkFabricType(Value<String> value) {
    return set("NetworkFabricType", value);
  }

  /**
   * The tags assigned to the environment.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Environment tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Environment tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Environment tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the environment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier of the environment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EnvironmentIdentifier}.
   */
  public Value<String> environmentIdentifier() {
    return getAtt("EnvironmentIdentifier");
  }

  /**
   * The ID of the AWS Transit Gateway set up by the environment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TransitGatewayId}.
   */
  public Value<String> transitGatewayId() {
    return getAtt("TransitGatewayId");
  }
}
