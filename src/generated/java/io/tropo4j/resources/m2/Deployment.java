// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.m2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * AWS Mainframe Modernization Service (Managed Runtime Environment experience) will no longer be
 * open to new customers starting on November 7, 2025. If you would like to use the service, please
 * sign up prior to November 7, 2025. For capabilities similar to AWS Mainframe Modernization
 * Service (Managed Runtime Environment experience) explore AWS Mainframe Modernization Service
 * (Self-Managed Experience). Existing customers can continue to use the service as normal. For more
 * information, see <a
 * href="https://docs.aws.amazon.com/m2/latest/userguide/mainframe-modernization-availability-change.html">AWS
 * Mainframe Modernization availability change</a> .
 *
 * <p>Creates and starts a deployment to deploy an application into a runtime environment.
 *
 * <p>CloudFormation type {@code AWS::M2::Deployment}.
 */
public final class Deployment extends Resource<Deployment> {
  private static final Schema SCHEMA = Schema.builder("AWS::M2::Deployment")
      .required("ApplicationId", "ApplicationVersion", "EnvironmentId")
      .constrain("ApplicationId", Constraint.of().pattern("^\\S{1,80}$"))
      .constrain("ApplicationVersion", Constraint.of().minimum(1))
      .constrain("EnvironmentId", Constraint.of().pattern("^\\S{1,80}$"))
      .refYields("ApplicationId")
      .attributes("DeploymentId", "Status")
      .build();

  public Deployment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier of the application.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^&#92;S{1,80}$}. CloudFormation
   * property {@code ApplicationId}.
   */
  public Deployment applicationId(String value) {
    return set("ApplicationId", Value.of(value));
  }

  /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
  public Deployment applicationId(Value<String> value) {
    return set("ApplicationId", value);
  }

  /**
   * The version of the application.
   *
   * <p>Required. Range: at least 1. CloudFormation property {@code ApplicationVersion}.
   */
  public Deployment applicationVersion(int value) {
    return set("ApplicationVersion", Value.of(value));
  }

  /** Sets {@code ApplicationVersion} to this value; see {@link #applicationVersion(int)}. */
  public Deployment applicationVersion(Value<Integer> value) {
    return set("ApplicationVersion", value);
  }

  /**
   * The unique identifier of the runtime environment.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^&#92;S{1,80}$}. CloudFormation
   * property {@code EnvironmentId}.
   */
  public Deployment environmentId(String value) {
    return set("EnvironmentId", Value.of(value));
  }

  /** Sets {@code EnvironmentId} to this value; see {@link #environmentId(String)}. */
  public Deployment environmentId(Value<String> value) {
    return set("EnvironmentId", value);
  }

  /**
   * The unique identifier of the deployment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DeploymentId}.
   */
  public Value<String> deploymentId() {
    return getAtt("DeploymentId");
  }

  /**
   * The current status of the deployment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
