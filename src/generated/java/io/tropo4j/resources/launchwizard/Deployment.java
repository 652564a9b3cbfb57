// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.launchwizard;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates a deployment for the given workload. Deployments created by this operation are not
 * available in the Launch Wizard console to use the <code>Clone deployment</code> action on.
 *
 * <p>CloudFormation type {@code AWS::LaunchWizard::Deployment}.
 */
public final class Deployment extends Resource<Deployment> {
  private static final Schema SCHEMA = Schema.builder("AWS::LaunchWizard::Deployment")
      .required("DeploymentPatternName", "Name", "WorkloadName")
      .constrain("DeploymentPatternName", Constraint.of().pattern("^[A-Za-z0-9][a-zA-Z0-9-]*$").minLength(1).maxLength(256))
      .constrain("Name", Constraint.of().pattern("^[A-Za-z0-9_\\s\\.-]+$").minLength(1).maxLength(50))
      .constrain("WorkloadName", Constraint.of().pattern("^[A-Za-z][a-zA-Z0-9-_]*$").minLength(1).maxLength(100))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "DeletedAt", "DeploymentId", "ResourceGroup", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Deployment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the deployment pattern.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[A-Za-z0-9][a-zA-Z0-9-]*$}. CloudFormation property {@code DeploymentPatternName}.
   */
  public Deployment deploymentPatternName(String value) {
    return set("DeploymentPatternName", Value.of(value));
  }

  /**
   * Sets {@code DeploymentPatternName} to this value; see {@link #deploymentPatternName(String)}.
   */
  public Deployment deploymentPatternName(Value<String> value) {
    return set("DeploymentPatternName", value);
  }

  /**
   * The name of the deployment.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 50 characters. Pattern: {@code
   * ^[A-Za-z0-9_&#92;s&#92;.-]+$}. CloudFormation property {@code Name}.
   */
  public Deployment name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Deployment name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The settings specified for the deployment. These settings define how to deploy and configure
   * your resources created by the deployment. For more information about the specifications
   * required for creating a deployment for a SAP workload, see <a
   * href="https://docs.aws.amazon.com/launchwizard/latest/APIReference/launch-wizard-specifications-sap.html">SAP
   * deployment specifications</a> . To retrieve the specifications required to create a deployment
   * for other workloads, use the <a
   * href="https://docs.aws.amazon.com/launchwizard/latest/APIReference/API_GetWorkloadDeploymentPattern.html"><code>GetWorkloadDeploymentPattern</code></a>
   * operation.
   *
   * <p>CloudFormation property {@code Specifications}.
   */
  public Deployment specifications(Map<String, String> value) {
    return set("Specifications", Value.mapOf(value));
  }

  /** Sets {@code Specifications} to this value; see {@link #specifications(Map)}. */
  public Deployment specifications(Value<Map<String, String>> value) {
    return set("Specifications", value);
  }

  /**
   * Information about the tags attached to a deployment.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Deployment tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Deployment tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Deployment tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the workload.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[A-Za-z][a-zA-Z0-9-_]*$}. CloudFormation property {@code WorkloadName}.
   */
  public Deployment workloadName(String value) {
    return set("WorkloadName", Value.of(value));
  }

  /** Sets {@code WorkloadName} to this value; see {@link #workloadName(String)}. */
  public Deployment workloadName(Value<String> value) {
    return set("WorkloadName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the deployment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time the deployment was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The time the deployment was deleted.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DeletedAt}.
   */
  public Value<String> deletedAt() {
    return getAtt("DeletedAt");
  }

  /**
   * The ID of the deployment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DeploymentId}.
   */
  public Value<String> deploymentId() {
    return getAtt("DeploymentId");
  }

  /**
   * The resource group of the deployment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceGroup}.
   */
  public Value<String> resourceGroup() {
    return getAtt("ResourceGroup");
  }

  /**
   * The status of the deployment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
