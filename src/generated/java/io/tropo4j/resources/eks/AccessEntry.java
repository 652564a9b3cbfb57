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
 * Creates an access entry.
 *
 * <p>An access entry allows an IAM principal to access your cluster. Access entries can replace the
 * need to maintain entries in the <code>aws-auth</code> <code>ConfigMap</code> for authentication.
 * You have the following options for authorizing an IAM principal to access Kubernetes objects on
 * your cluster: Kubernetes role-based access control (RBAC), Amazon EKS, or both. Kubernetes RBAC
 * authorization requires you to create and manage Kubernetes <code>Role</code> ,
 * <code>ClusterRole</code> , <code>RoleBinding</code> , and <code>ClusterRoleBinding</code>
 * objects, in addition to managing access entries. If you use Amazon EKS authorization exclusively,
 * you don't need to create and manage Kubernetes <code>Role</code> , <code>ClusterRole</code> ,
 * <code>RoleBinding</code> , and <code>ClusterRoleBinding</code> objects.
 *
 * <p>For more information about access entries, see <a
 * href="https://docs.aws.amazon.com/eks/latest/userguide/access-entries.html">Access entries</a> in
 * the <em>Amazon EKS User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EKS::AccessEntry}.
 */
public final class AccessEntry extends Resource<AccessEntry> {
  private static final Schema SCHEMA = Schema.builder("AWS::EKS::AccessEntry")
      .required("ClusterName", "PrincipalArn")
      .constrain("ClusterName", Constraint.of().minLength(1))
      .constrain("PrincipalArn", Constraint.of().minLength(1))
      .attributes("AccessEntryArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AccessEntry(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The access policies to associate to the access entry.
   *
   * <p>CloudFormation property {@code AccessPolicies}.
   */
  public AccessEntry accessPolicies(List<AccessPolicy> value) {
    return set("AccessPolicies", Value.listOf(value));
  }

  /** Sets {@code AccessPolicies} to this value; see {@link #accessPolicies(List)}. */
  public AccessEntry accessPolicies(Value<List<AccessPolicy>> value) {
    return set("AccessPolicies", value);
  }

  /** Sets {@code AccessPolicies} to a list of these; see {@link #accessPolicies(List)}. */
  public AccessEntry accessPolicies(AccessPolicy... values) {
    return set("AccessPolicies", Value.list(values));
  }

  /**
   * The name of your cluster.
   *
   * <p>Required. Changing it replaces the resource. Length: at least 1 characters. CloudFormation
   * property {@code ClusterName}.
   */
  public AccessEntry clusterName(String value) {
    return set("ClusterName", Value.of(value));
  }

  /** Sets {@code ClusterName} to this value; see {@link #clusterName(String)}. */
  public AccessEntry clusterName(Value<String> value) {
    return set("ClusterName", value);
  }

  /**
   * The value for <code>name</code> that you've specified for <code>kind: Group</code> as a
   * <code>subject</code> in a Kubernetes <code>RoleBinding</code> or
   * <code>ClusterRoleBinding</code> object. Amazon EKS doesn't confirm that the value for
   * <code>name</code> exists in any bindings on your cluster. You can specify one or more names.
   *
   * <p>Kubernetes authorizes the <code>principalArn</code> of the access entry to access any
   * cluster objects that you've specified in a Kubernetes <code>Role</code> or
   * <code>ClusterRole</code> object that is also specified in a binding's <code>roleRef</code> .
   * For more information about creating Kubernetes <code>RoleBinding</code> ,
   * <code>ClusterRoleBinding</code> , <code>Role</code> , or <code>ClusterRole</code> objects, see
   * <a
   * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/reference/access-authn-authz/rbac/">Using
   * RBAC Authorization in the Kubernetes documentation</a> .
   *
   * <p>If you want Amazon EKS to authorize the <code>principalArn</code> (instead of, or in
   * addition to Kubernetes authorizing the <code>principalArn</code> ), you can associate one or
   * more access policies to the access entry using <code>AssociateAccessPolicy</code> . If you
   * associate any access policies, the <code>principalARN</code> has all permissions assigned in
   * the associated access policies and all permissions in any Kubernetes <code>Role</code> or
   * <code>ClusterRole</code> objects that the group names are bound to.
   *
   * <p>CloudFormation property {@code KubernetesGroups}.
   */
  public AccessEntry kubernetesGroups(List<String> value) {
    return set("KubernetesGroups", Value.listOf(value));
  }

  /** Sets {@code KubernetesGroups} to this value; see {@link #kubernetesGroups(List)}. */
  public AccessEntry kubernetesGroups(Value<List<String>> value) {
    return set("KubernetesGroups", value);
  }

  /**
   * The ARN of the IAM principal for the <code>AccessEntry</code> . You can specify one ARN for
   * each access entry. You can't specify the same ARN in more than one access entry. This value
   * can't be changed after access entry creation.
   *
   * <p>The valid principals differ depending on the type of the access entry in the
   * <code>type</code> field. For <code>STANDARD</code> access entries, you can use every IAM
   * principal type. For nodes ( <code>EC2</code> (for EKS Auto Mode), <code>EC2_LINUX</code> ,
   * <code>EC2_WINDOWS</code> , <code>FARGATE_LINUX</code> , and <code>HYBRID_LINUX</code> ), the
   * only valid ARN is IAM roles. You can't use the STS session principal type with access entries
   * because this is a temporary principal for each session and not a permanent identity that can be
   * assigned permissions.
   *
   * <p><a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-users-federation-idp">IAM
   * best practices</a> recommend using IAM roles with temporary credentials, rather than IAM users
   * with long-term credentials.
   *
   * <p>Required. Changing it replaces the resource. Length: at least 1 characters. CloudFormation
   * property {@code PrincipalArn}.
   */
  public AccessEntry principalArn(String value) {
    return set("PrincipalArn", Value.of(value));
  }

  /** Sets {@code PrincipalArn} to this value; see {@link #principalArn(String)}. */
  public AccessEntry principalArn(Value<String> value) {
    return set("PrincipalArn", value);
  }

  /**
   * Metadata that assists with categorization and organization. Each tag consists of a key and an
   * optional value. You define both. Tags don't propagate to any other cluster or AWS resources.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AccessEntry tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AccessEntry tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AccessEntry tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of the new access entry. Valid values are <code>STANDARD</code> ,
   * <code>FARGATE_LINUX</code> , <code>EC2_LINUX</code> , <code>EC2_WINDOWS</code> ,
   * <code>EC2</code> (for EKS Auto Mode), <code>HYBRID_LINUX</code> , and
   * <code>HYPERPOD_LINUX</code> .
   *
   * <p>If the <code>principalArn</code> is for an IAM role that's used for self-managed Amazon EC2
   * nodes, specify <code>EC2_LINUX</code> or <code>EC2_WINDOWS</code> . Amazon EKS grants the
   * necessary permissions to the node for you. If the <code>principalArn</code> is for any other
   * purpose, specify <code>STANDARD</code> . If you don't specify a value, Amazon EKS sets the
   * value to <code>STANDARD</code> . If you have the access mode of the cluster set to
   * <code>API_AND_CONFIG_MAP</code> , it's unnecessary to create access entries for IAM roles used
   * with Fargate profiles or managed Amazon EC2 nodes, because Amazon EKS creates entries in the
   * <code>aws-auth</code> <code>ConfigMap</code> for the roles. You can't change this value once
   * you've created the access entry.
   *
   * <p>If you set the value to <code>EC2_LINUX</code> or <code>EC2_WINDOWS</code> , you can't
   * specify values for <code>kubernetesGroups</code> , or associate an <code>AccessPolicy</code> to
   * the access entry.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Type}.
   */
  public AccessEntry typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public AccessEntry typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The username to authenticate to Kubernetes with. We recommend not specifying a username and
   * letting Amazon EKS specify it for you. For more information about the value Amazon EKS
   * specifies for you, or constraints before specifying your own username, see <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/access-entries.html#creating-access-entries">Creating
   * access entries</a> in the <em>Amazon EKS User Guide</em> .
   *
   * <p>CloudFormation property {@code Username}.
   */
  public AccessEntry username(String value) {
    return set("Username", Value.of(value));
  }

  /** Sets {@code Username} to this value; see {@link #username(String)}. */
  public AccessEntry username(Value<String> value) {
    return set("Username", value);
  }

  /**
   * The ARN of the access entry.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccessEntryArn}.
   */
  public Value<String> accessEntryArn() {
    return getAtt("AccessEntryArn");
  }

  /**
   * An access policy includes permissions that allow Amazon EKS to authorize an IAM principal to
   * work with Kubernetes objects on your cluster. The policies are managed by Amazon EKS, but
   * they're not IAM policies. You can't view the permissions in the policies using the API. The
   * permissions for many of the policies are similar to the Kubernetes <code>cluster-admin</code> ,
   * <code>admin</code> , <code>edit</code> , and <code>view</code> cluster roles. For more
   * information about these cluster roles, see <a
   * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles">User-facing
   * roles</a> in the Kubernetes documentation. To view the contents of the policies, see <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/access-policies.html#access-policy-permissions">Access
   * policy permissions</a> in the <em>Amazon EKS User Guide</em> .
   *
   * <p>Property type {@code AWS::EKS::AccessEntry.AccessPolicy}.
   */
  public static final class AccessPolicy extends Struct<AccessPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::AccessEntry.AccessPolicy")
        .required("AccessScope", "PolicyArn")
        .build();

    public AccessPolicy() {
      super(SCHEMA);
    }

    /**
     * The scope of an <code>AccessPolicy</code> that's associated to an <code>AccessEntry</code> .
     *
     * <p>Required. CloudFormation property {@code AccessScope}.
     */
    public AccessPolicy accessScope(Value<AccessScope> value) {
      return set("AccessScope", value);
    }

    /**
     * The ARN of the access policy.
     *
     * <p>Required. CloudFormation property {@code PolicyArn}.
     */
    public AccessPolicy policyArn(String value) {
      return set("PolicyArn", Value.of(value));
    }

    /** Sets {@code PolicyArn} to this value; see {@link #policyArn(String)}. */
    public AccessPolicy policyArn(Value<String> value) {
      return set("PolicyArn", value);
    }
  }

  /**
   * The scope of an <code>AccessPolicy</code> that's associated to an <code>AccessEntry</code> .
   *
   * <p>Property type {@code AWS::EKS::AccessEntry.AccessScope}.
   */
  public static final class AccessScope extends Struct<AccessScope> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::AccessEntry.AccessScope")
        .required("Type")
        .allowed("Type", "namespace", "cluster")
        .build();

    public AccessScope() {
      super(SCHEMA);
    }

    /**
     * A Kubernetes <code>namespace</code> that an access policy is scoped to. A value is required
     * if you specified <code>namespace</code> for <code>Type</code> .
     *
     * <p>CloudFormation property {@code Namespaces}.
     */
    public AccessScope namespaces(List<String> value) {
      return set("Namespaces", Value.listOf(value));
    }

    /** Sets {@code Namespaces} to this value; see {@link #namespaces(List)}. */
    public AccessScope namespaces(Value<List<String>> value) {
      return set("Namespaces", value);
    }

    /**
     * The scope type of an access policy.
     *
     * <p>Required. Allowed values: {@code namespace}, {@code cluster}. CloudFormation property
     * {@code Type}.
     */
    public AccessScope type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public AccessScope type(Value<String> value) {
      return set("Type", value);
    }
  }
}
