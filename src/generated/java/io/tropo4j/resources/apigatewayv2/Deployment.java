// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigatewayv2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::ApiGatewayV2::Deployment</code> resource creates a deployment for an API.
 *
 * <p>CloudFormation type {@code AWS::ApiGatewayV2::Deployment}.
 */
public final class Deployment extends Resource<Deployment> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGatewayV2::Deployment")
      .required("ApiId")
      .references("ApiId", "AWS::ApiGatewayV2::Api.Ref")
      .refYields("DeploymentId")
      .attributes("DeploymentId")
      .build();

  public Deployment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The API identifier.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApiId}.
   */
  public Deployment apiId(String value) {
    return set("ApiId", Value.of(value));
  }

  /** Sets {@code ApiId} to this value; see {@link #apiId(String)}. */
  public Deployment apiId(Value<String> value) {
    return set("ApiId", value);
  }

  /**
   * Sets {@code ApiId} to the Ref of {@code AWS::ApiGatewayV2::Api}; see {@link #apiId(String)}.
   */
  public Deployment apiId(Api resource) {
    return set("ApiId", resource.ref());
  }

  /**
   * The description for the deployment resource.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public Deployment description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Deployment description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of an existing stage to associate with the deployment.
   *
   * <p>CloudFormation property {@code StageName}.
   */
  public Deployment stageName(String value) {
    return set("StageName", Value.of(value));
  }

  /** Sets {@code StageName} to this value; see {@link #stageName(String)}. */
  public Deployment stageName(Value<String> value) {
    return set("StageName", value);
  }

  /**
   * The deployment ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DeploymentId}.
   */
  public Value<String> deploymentId() {
    return getAtt("DeploymentId");
  }
}
