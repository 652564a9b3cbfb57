// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.aps;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Use resource-based policies to grant permissions to other AWS accounts or services to access your
 * workspace.
 *
 * <p>Only Prometheus-compatible APIs can be used for workspace sharing. You can add
 * non-Prometheus-compatible APIs to the policy, but they will be ignored. For more information, see
 * <a
 * href="https://docs.aws.amazon.com/prometheus/latest/userguide/AMP-APIReference-Prometheus-Compatible-Apis.html">Prometheus-compatible
 * APIs</a> in the <em>Amazon Managed Service for Prometheus User Guide</em> .
 *
 * <p>If your workspace uses customer-managed AWS keys for encryption, you must grant the principals
 * in your resource-based policy access to those AWS keys. You can do this by creating AWS grants.
 * For more information, see <a
 * href="https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateGrant.html">CreateGrant</a>
 * in the <em>AWS API Reference</em> and <a
 * href="https://docs.aws.amazon.com/prometheus/latest/userguide/encryption-at-rest-Amazon-Service-Prometheus.html">Encryption
 * at rest</a> in the <em>Amazon Managed Service for Prometheus User Guide</em> .
 *
 * <p>For more information about working with IAM , see <a
 * href="https://docs.aws.amazon.com/prometheus/latest/userguide/security_iam_service-with-iam.html">Using
 * Amazon Managed Service for Prometheus with IAM</a> in the <em>Amazon Managed Service for
 * Prometheus User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::APS::ResourcePolicy}.
 */
public final class ResourcePolicy extends Resource<ResourcePolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::APS::ResourcePolicy")
      .required("PolicyDocument", "WorkspaceArn")
      .constrain("WorkspaceArn", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn):aps:[a-z0-9-]+:[0-9]+:workspace/[a-zA-Z0-9-]+$"))
      .refYields("WorkspaceArn")
      .build();

  public ResourcePolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The JSON to use as the Resource-based Policy.
   *
   * <p>Required. CloudFormation property {@code PolicyDocument}.
   */
  public ResourcePolicy policyDocument(String value) {
    return set("PolicyDocument", Value.of(value));
  }

  /** Sets {@code PolicyDocument} to this value; see {@link #policyDocument(String)}. */
  public ResourcePolicy policyDocument(Value<String> value) {
    return set("PolicyDocument", value);
  }

  /**
   * An ARN identifying a Workspace.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:(aws|aws-us-gov|aws-cn):aps:[a-z0-9-]+:[0-9]+:workspace/[a-zA-Z0-9-]+$}. CloudFormation
   * property {@code WorkspaceArn}.
   */
  public ResourcePolicy workspaceArn(String value) {
    return set("WorkspaceArn", Value.of(value));
  }

  /** Sets {@code WorkspaceArn} to this value; see {@link #workspaceArn(String)}. */
  public ResourcePolicy workspaceArn(Value<String> value) {
    return set("WorkspaceArn", value);
  }
}
