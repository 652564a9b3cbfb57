// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.eks;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an AWS Fargate profile for your Amazon EKS cluster. You must have at least one Fargate
 * profile in a cluster to be able to run pods on Fargate.
 *
 * <p>The Fargate profile allows an administrator to declare which pods run on Fargate and specify
 * which pods run on which Fargate profile. This declaration is done through the profile's
 * selectors. Each profile can have up to five selectors that contain a namespace and labels. A
 * namespace is required for every selector. The label field consists of multiple optional key-value
 * pairs. Pods that match the selectors are scheduled on Fargate. If a to-be-scheduled pod matches
 * any of the selectors in the Fargate profile, then that pod is run on Fargate.
 *
 * <p>When you create a Fargate profile, you must specify a pod execution role to use with the pods
 * that are scheduled with the profile. This role is added to the cluster's Kubernetes <a
 * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/reference/access-authn-authz/rbac/">Role
 * Based Access Control</a> (RBAC) for authorization so that the <code>kubelet</code> that is
 * running on the Fargate infrastructure can register with your Amazon EKS cluster so that it can
 * appear in your cluster as a node. The pod execution role also provides IAM permissions to the
 * Fargate infrastructure to allow read access to Amazon ECR image repositories. For more
 * information, see <a
 * href="https://docs.aws.amazon.com/eks/latest/userguide/pod-execution-role.html">Pod Execution
 * Role</a> in the <em>Amazon EKS User Guide</em> .
 *
 * <p>Fargate profiles are immutable. However, you can create a new updated profile to replace an
 * existing profile and then delete the original after the updated profile has finished creating.
 *
 * <p>If any Fargate profiles in a cluster are in the <code>DELETING</code> status, you must wait
 * for that Fargate profile to finish deleting before you can create any other profiles in that
 * cluster.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/eks/latest/userguide/fargate-profile.html">AWS Fargate
 * profile</a> in the <em>Amazon EKS User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EKS::FargateProfile}.
 */
public final class FargateProfile extends Resource<FargateProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::EKS::FargateProfile")
      .required("ClusterName", "PodExecutionRoleArn", "Selectors")
      .constrain("ClusterName", Constraint.of().minLength(1))
      .constrain("FargateProfileName", Constraint.of().minLength(1))
      .constrain("PodExecutionRoleArn", Constraint.of().minLength(1).format("AWS::IAM::Role.Arn"))
      .constrain("Subnets", Constraint.of().format("AWS::EC2::Subnet.Id"))
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public FargateProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of your cluster.
   *
   * <p>Required. Changing it replaces the resource. Length: at least 1 characters. CloudFormation
   * property {@code ClusterName}.
   */
  public FargateProfile clusterName(String value) {
    return set("ClusterName", Value.of(value));
  }

  /** Sets {@code ClusterName} to this value; see {@link #clusterName(String)}. */
  public FargateProfile clusterName(Value<String> value) {
    return set("ClusterName", value);
  }

  /**
   * The name of the Fargate profile.
   *
   * <p>Changing it replaces the resource. Length: at least 1 characters. CloudFormation property
   * {@code FargateProfileName}.
   */
  public FargateProfile fargateProfileName(String value) {
    return set("FargateProfileName", Value.of(value));
  }

  /** Sets {@code FargateProfileName} to this value; see {@link #fargateProfileName(String)}. */
  public FargateProfile fargateProfileName(Value<String> value) {
    return set("FargateProfileName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the <code>Pod</code> execution role to use for a
   * <code>Pod</code> that matches the selectors in the Fargate profile. The <code>Pod</code>
   * execution role allows Fargate infrastructure to register with your cluster as a node, and it
   * provides read access to Amazon ECR image repositories. For more information, see <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/pod-execution-role.html"><code>Pod</code>
   * execution role</a> in the <em>Amazon EKS User Guide</em> .
   *
   * <p>Required. Changing it replaces the resource. Length: at least 1 characters. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code PodExecutionRoleArn}.
   */
  public FargateProfile podExecutionRoleArn(String value) {
    return set("PodExecutionRoleArn", Value.of(value));
  }

  /** Sets {@code PodExecutionRoleArn} to this value; see {@link #podExecutionRoleArn(String)}. */
  public FargateProfile podExecutionRoleArn(Value<String> value) {
    return set("PodExecutionRoleArn", value);
  }

  /**
   * The selectors to match for a <code>Pod</code> to use this Fargate profile. Each selector must
   * have an associated Kubernetes <code>namespace</code> . Optionally, you can also specify
   * <code>labels</code> for a <code>namespace</code> . You may specify up to five selectors in a
   * Fargate profile.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Selectors}.
   */
  public FargateProfile selectors(List<Selector> value) {
    return set("Selectors", Value.listOf(value));
  }

  /** Sets {@code Selectors} to this value; see {@link #selectors(List)}. */
  public FargateProfile selectors(Value<List<Selector>> value) {
    return set("Selectors", value);
  }

  /** Sets {@code Selectors} to a list of these; see {@link #selectors(List)}. */
  public FargateProfile selectors(Selector... values) {
    return set("Selectors", Value.list(values));
  }

  /**
   * The IDs of subnets to launch a <code>Pod</code> into. A <code>Pod</code> running on Fargate
   * isn't assigned a public IP address, so only private subnets (with no direct route to an
   * Internet Gateway) are accepted for this parameter.
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::EC2::Subnet.Id}. CloudFormation
   * property {@code Subnets}.
   */
  public FargateProfile subnets(List<String> value) {
    return set("Subnets", Value.listOf(value));
  }

  /** Sets {@code Subnets} to this value; see {@link #subnets(List)}. */
  public FargateProfile subnets(Value<List<String>> value) {
    return set("Subnets", value);
  }

  /**
   * Metadata that assists with categorization and organization. Each tag consists of a key and an
   * optional value. You define both. Tags don't propagate to any other cluster or AWS resources.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public FargateProfile tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public FargateProfile tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public FargateProfile tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the cluster, such as
   * <code>arn:aws:eks:us-west-2:666666666666:fargateprofile/myCluster/myFargateProfile/1cb1a11a-1dc1-1d11-cf11-1111f11fa111</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * A key-value pair.
   *
   * <p>Property type {@code AWS::EKS::FargateProfile.Label}.
   */
  public static final class Label extends Struct<Label> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::FargateProfile.Label")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(127))
        .constrain("Value", Constraint.of().minLength(1).maxLength(255))
        .build();

    public Label() {
      super(SCHEMA);
    }

    /**
     * Enter a key.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 127 characters. CloudFormation
     * property {@code Key}.
     */
    public Label key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public Label key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * Enter a value.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
     * property {@code Value}.
     */
    public Label value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Label value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * An object representing an AWS Fargate profile selector.
   *
   * <p>Property type {@code AWS::EKS::FargateProfile.Selector}.
   */
  public static final class Selector extends Struct<Selector> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::FargateProfile.Selector")
        .required("Namespace")
        .constrain("Namespace", Constraint.of().minLength(1))
        .build();

    public Selector() {
      super(SCHEMA);
    }

    /**
     * The Kubernetes labels that the selector should match. A pod must contain all of the labels
     * that are specified in the selector for it to be considered a match.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Labels}.
     */
    public Selector labels(List<Label> value) {
      return set("Labels", Value.listOf(value));
    }

    /** Sets {@code Labels} to this value; see {@link #labels(List)}. */
    public Selector labels(Value<List<Label>> value) {
      return set("Labels", value);
    }

    /** Sets {@code Labels} to a list of these; see {@link #labels(List)}. */
    public Selector labels(Label... values) {
      return set("Labels", Value.list(values));
    }

    /**
     * The Kubernetes <code>namespace</code> that the selector should match.
     *
     * <p>Required. Changing it replaces the resource. Length: at least 1 characters. CloudFormation
     * property {@code Namespace}.
     */
    public Selector namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public Selector namespace(Value<String> value) {
      return set("Namespace", value);
    }
  }
}
