// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.eks;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Amazon EKS Pod Identity associations provide the ability to manage credentials for your
 * applications, similar to the way that Amazon EC2 instance profiles provide credentials to Amazon
 * EC2 instances.
 *
 * <p>CloudFormation type {@code AWS::EKS::PodIdentityAssociation}.
 */
public final class PodIdentityAssociation extends Resource<PodIdentityAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::EKS::PodIdentityAssociation")
      .required("ClusterName", "Namespace", "RoleArn", "ServiceAccount")
      .constrain("ClusterName", Constraint.of().minLength(1))
      .constrain("DisableSessionTags", Constraint.of().minLength(1))
      .constrain("Policy", Constraint.of().minLength(1))
      .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .constrain("TargetRoleArn", Constraint.of().minLength(1).format("AWS::IAM::Role.Arn"))
      .refYields("AssociationArn")
      .attributes("AssociationArn", "AssociationId", "ExternalId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PodIdentityAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the cluster that the association is in.
   *
   * <p>Required. Changing it replaces the resource. Length: at least 1 characters. CloudFormation
   * property {@code ClusterName}.
   */
  public PodIdentityAssociation clusterName(String value) {
    return set("ClusterName", Value.of(value));
  }

  /** Sets {@code ClusterName} to this value; see {@link #clusterName(String)}. */
  public PodIdentityAssociation clusterName(Value<String> value) {
    return set("ClusterName", value);
  }

  /**
   * The state of the automatic sessions tags. The value of <em>true</em> disables these tags.
   *
   * <p>EKS Pod Identity adds a pre-defined set of session tags when it assumes the role. You can
   * use these tags to author a single role that can work across resources by allowing access to AWS
   * resources based on matching tags. By default, EKS Pod Identity attaches six tags, including
   * tags for cluster name, namespace, and service account name. For the list of tags added by EKS
   * Pod Identity, see <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/pod-id-abac.html#pod-id-abac-tags">List
   * of session tags added by EKS Pod Identity</a> in the <em>Amazon EKS User Guide</em> .
   *
   * <p>Length: at least 1 characters. CloudFormation property {@code DisableSessionTags}.
   */
  public PodIdentityAssociation disableSessionTags(boolean value) {
    return set("DisableSessionTags", Value.of(value));
  }

  /** Sets {@code DisableSessionTags} to this value; see {@link #disableSessionTags(boolean)}. */
  public PodIdentityAssociation disableSessionTags(Value<Boolean> value) {
    return set("DisableSessionTags", value);
  }

  /**
   * The name of the Kubernetes namespace inside the cluster to create the association in. The
   * service account and the Pods that use the service account must be in this namespace.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Namespace}.
   */
  public PodIdentityAssociation namespace(String value) {
    return set("Namespace", Value.of(value));
  }

  /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
  public PodIdentityAssociation namespace(Value<String> value) {
    return set("Namespace", value);
  }

  /**
   * The policy of the pod identity association.
   *
   * <p>Length: at least 1 characters. CloudFormation property {@code Policy}.
   */
  public PodIdentityAssociation policy(String value) {
    return set("Policy", Value.of(value));
  }

  /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
  public PodIdentityAssociation policy(Value<String> value) {
    return set("Policy", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role to associate with the service account. The EKS
   * Pod Identity agent manages credentials to assume this role for applications in the containers
   * in the Pods that use this service account.
   *
   * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public PodIdentityAssociation roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public PodIdentityAssociation roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The name of the Kubernetes service account inside the cluster to associate the IAM credentials
   * with.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ServiceAccount}.
   */
  public PodIdentityAssociation serviceAccount(String value) {
    return set("ServiceAccount", Value.of(value));
  }

  /** Sets {@code ServiceAccount} to this value; see {@link #serviceAccount(String)}. */
  public PodIdentityAssociation serviceAccount(Value<String> value) {
    return set("ServiceAccount", value);
  }

  /**
   * Metadata that assists with categorization and organization. Each tag consists of a key and an
   * optional value. You define both. Tags don't propagate to any other cluster or AWS resources.
   *
   * <p>The following basic restrictions apply to tags:
   *
   * <ul> <li>Maximum number of tags per resource – 50 <li>For each resource, each tag key must be
   * unique, and each tag key can have only one value. <li>Maximum key length – 128 Unicode
   * characters in UTF-8 <li>Maximum value length – 256 Unicode characters in UTF-8 <li>If your
   * tagging schema is used across multiple services and resources, remember that other services may
   * have restrictions on allowed characters. Generally allowed characters are: letters, numbers,
   * and spaces representable in UTF-8, and the following characters: + - = . _ : / &#64;. <li>Tag
   * keys and values are case-sensitive. <li>Do not use <code>aws:</code> , <code>AWS:</code> , or
   * any upper or lowercase combination of such as a prefix for either keys or values as it is
   * reserved for AWS use. You cannot edit or delete tag keys or values with this prefix. Tags with
   * this prefix do not count against your tags per resource limit. </ul>
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PodIdentityAssociation tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PodIdentityAssociation tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PodIdentityAssociation tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the target IAM role to associate with the service account.
   * This role is assumed by using the EKS Pod Identity association role, then the credentials for
   * this role are injected into the Pod.
   *
   * <p>Length: at least 1 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property
   * {@code TargetRoleArn}.
   */
  public PodIdentityAssociation targetRoleArn(String value) {
    return set("TargetRoleArn", Value.of(value));
  }

  /** Sets {@code TargetRoleArn} to this value; see {@link #targetRoleArn(String)}. */
  public PodIdentityAssociation targetRoleArn(Value<String> value) {
    return set("TargetRoleArn", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociationArn}.
   */
  public Value<String> associationArn() {
    return getAtt("AssociationArn");
  }

  /**
   * The ID of the association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociationId}.
   */
  public Value<String> associationId() {
    return getAtt("AssociationId");
  }

  /**
   * The unique identifier for this EKS Pod Identity association for a target IAM role. You put this
   * value in the trust policy of the target role, in a <code>Condition</code> to match the
   * <code>sts.ExternalId</code> . This ensures that the target role can only be assumed by this
   * association. This prevents the <em>confused deputy problem</em> . For more information about
   * the confused deputy problem, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html">The confused
   * deputy problem</a> in the <em>IAM User Guide</em> .
   *
   * <p>If you want to use the same target role with multiple associations or other roles, use
   * independent statements in the trust policy to allow <code>sts:AssumeRole</code> access from
   * each role.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ExternalId}.
   */
  public Value<String> externalId() {
    return getAtt("ExternalId");
  }
}
