// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.eks;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import java.util.List;

/**
 * Creates an Amazon EKS add-on.
 *
 * <p>Amazon EKS add-ons help to automate the provisioning and lifecycle management of common
 * operational software for Amazon EKS clusters. For more information, see <a
 * href="https://docs.aws.amazon.com/eks/latest/userguide/eks-add-ons.html">Amazon EKS add-ons</a>
 * in the <em>Amazon EKS User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EKS::Addon}.
 */
public final class Addon extends Resource<Addon> {
  private static final Schema SCHEMA = Schema.builder("AWS::EKS::Addon")
      .required("AddonName", "ClusterName")
      .constrain("AddonName", Constraint.of().minLength(1))
      .constrain("AddonVersion", Constraint.of().minLength(1))
      .constrain("ClusterName", Constraint.of().minLength(1))
      .constrain("ConfigurationValues", Constraint.of().minLength(1))
      .allowed("ResolveConflicts", "NONE", "OVERWRITE", "PRESERVE")
      .constrain("ResolveConflicts", Constraint.of().minLength(1))
      .constrain("ServiceAccountRoleArn", Constraint.of().minLength(1).maxLength(255).format("AWS::IAM::Role.Arn"))
      .references("ServiceAccountRoleArn", "AWS::IAM::Role.Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Addon(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the add-on.
   *
   * <p>Required. Changing it replaces the resource. Length: at least 1 characters. CloudFormation
   * property {@code AddonName}.
   */
  public Addon addonName(String value) {
    return set("AddonName", Value.of(value));
  }

  /** Sets {@code AddonName} to this value; see {@link #addonName(String)}. */
  public Addon addonName(Value<String> value) {
    return set("AddonName", value);
  }

  /**
   * The version of the add-on.
   *
   * <p>Length: at least 1 characters. CloudFormation property {@code AddonVersion}.
   */
  public Addon addonVersion(String value) {
    return set("AddonVersion", Value.of(value));
  }

  /** Sets {@code AddonVersion} to this value; see {@link #addonVersion(String)}. */
  public Addon addonVersion(Value<String> value) {
    return set("AddonVersion", value);
  }

  /**
   * The name of your cluster.
   *
   * <p>Required. Changing it replaces the resource. Length: at least 1 characters. CloudFormation
   * property {@code ClusterName}.
   */
  public Addon clusterName(String value) {
    return set("ClusterName", Value.of(value));
  }

  /** Sets {@code ClusterName} to this value; see {@link #clusterName(String)}. */
  public Addon clusterName(Value<String> value) {
    return set("ClusterName", value);
  }

  /**
   * The configuration values that you provided.
   *
   * <p>Length: at least 1 characters. CloudFormation property {@code ConfigurationValues}.
   */
  public Addon configurationValues(String value) {
    return set("ConfigurationValues", Value.of(value));
  }

  /** Sets {@code ConfigurationValues} to this value; see {@link #configurationValues(String)}. */
  public Addon configurationValues(Value<String> value) {
    return set("ConfigurationValues", value);
  }

  /**
   * The namespace configuration for the addon. This specifies the Kubernetes namespace where the
   * addon is installed.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code NamespaceConfig}.
   */
  public Addon namespaceConfig(Value<NamespaceConfig> value) {
    return set("NamespaceConfig", value);
  }

  /**
   * An array of EKS Pod Identity associations owned by the add-on. Each association maps a role to
   * a service account in a namespace in the cluster.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/add-ons-iam.html">Attach an IAM Role to
   * an Amazon EKS add-on using EKS Pod Identity</a> in the <em>Amazon EKS User Guide</em> .
   *
   * <p>CloudFormation property {@code PodIdentityAssociations}.
   */
  public Addon podIdentityAssociations(List<PodIdentityAssociation> value) {
    return set("PodIdentityAssociations", Value.listOf(value));
  }

  /**
   * Sets {@code PodIdentityAssociations} to this value; see {@link #podIdentityAssociations(List)}.
   */
  public Addon podIdentityAssociations(Value<List<PodIdentityAssociation>> value) {
    return set("PodIdentityAssociations", value);
  }

  /**
   * Sets {@code PodIdentityAssociations} to a list of these; see {@link
   * #podIdentityAssociations(List)}.
   */
  public Addon podIdentityAssociations(PodIdentityAssociation... values) {
    return set("PodIdentityAssociations", Value.list(values));
  }

  /**
   * Specifying this option preserves the add-on software on your cluster but Amazon EKS stops
   * managing any settings for the add-on. If an IAM account is associated with the add-on, it isn't
   * removed.
   *
   * <p>CloudFormation property {@code PreserveOnDelete}.
   */
  public Addon preserveOnDelete(boolean value) {
    return set("PreserveOnDelete", Value.of(value));
  }

  /** Sets {@code PreserveOnDelete} to this value; see {@link #preserveOnDelete(boolean)}. */
  public Addon preserveOnDelete(Value<Boolean> value) {
    return set("PreserveOnDelete", value);
  }

  /**
   * How to resolve field value conflicts for an Amazon EKS add-on. Conflicts are handled based on
   * the value you choose:
   *
   * <ul> <li><em>None</em> – If the self-managed version of the add-on is installed on your
   * cluster, Amazon EKS doesn't change the value. Creation of the add-on might fail.
   * <li><em>Overwrite</em> – If the self-managed version of the add-on is installed on your cluster
   * and the Amazon EKS default value is different than the existing value, Amazon EKS changes the
   * value to the Amazon EKS default value. <li><em>Preserve</em> – This is similar to the NONE
   * option. If the self-managed version of the add-on is installed on your cluster Amazon EKS
   * doesn't change the add-on resource properties. Creation of the add-on might fail if conflicts
   * are detected. This option works differently during the update operation. For more information,
   * see <a
   * href="https://docs.aws.amazon.com/eks/latest/APIReference/API_UpdateAddon.html"><code>UpdateAddon</code></a>
   * . </ul>
   *
   * <p>If you don't currently have the self-managed version of the add-on installed on your
   * cluster, the Amazon EKS add-on is installed. Amazon EKS sets all values to default values,
   * regardless of the option that you specify.
   *
   * <p>Allowed values: {@code NONE}, {@code OVERWRITE}, {@code PRESERVE}. Length: at least 1
   * characters. CloudFormation property {@code ResolveConflicts}.
   */
  public Addon resolveConflicts(String value) {
    return set("ResolveConflicts", Value.of(value));
  }

  /** Sets {@code ResolveConflicts} to this value; see {@link #resolveConflicts(String)}. */
  public Addon resolveConflicts(Value<String> value) {
    return set("ResolveConflicts", value);
  }

  /**
   * The Amazon Resource Name (ARN) of an existing IAM role to bind to the add-on's service account.
   * The role must be assigned the IAM permissions required by the add-on. If you don't specify an
   * existing IAM role, then the add-on uses the permissions assigned to the node IAM role. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/create-node-role.html">Amazon EKS node
   * IAM role</a> in the <em>Amazon EKS User Guide</em> .
   *
   * <p>To specify an existing IAM role, you must have an IAM OpenID Connect (OIDC) provider created
   * for your cluster. For more information, see <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/enable-iam-roles-for-service-accounts.html">Enabling
   * IAM roles for service accounts on your cluster</a> in the <em>Amazon EKS User Guide</em> .
   *
   * <p>Length: 1 to 255 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property
   * {@code ServiceAccountRoleArn}.
   */
  public Addon serviceAccountRoleArn(String value) {
    return set("ServiceAccountRoleArn", Value.of(value));
  }

  /**
   * Sets {@code ServiceAccountRoleArn} to this value; see {@link #serviceAccountRoleArn(String)}.
   */
  public Addon serviceAccountRoleArn(Value<String> value) {
    return set("ServiceAccountRoleArn", value);
  }

  /**
   * Sets {@code ServiceAccountRoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link
   * #serviceAccountRoleArn(String)}.
   */
  public Addon serviceAccountRoleArn(Role resource) {
    return set("ServiceAccountRoleArn", resource.arn());
  }

  /**
   * The metadata that you apply to the add-on to assist with categorization and organization. Each
   * tag consists of a key and an optional value, both of which you define. Add-on tags do not
   * propagate to any other resources associated with the cluster.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Addon tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Addon tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Addon tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the add-on, such as
   * <code>arn:aws:eks:us-west-2:111122223333:addon/1-19/vpc-cni/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The custom namespace configuration to use with the add-on
   *
   * <p>Property type {@code AWS::EKS::Addon.NamespaceConfig}.
   */
  public static final class NamespaceConfig extends Struct<NamespaceConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Addon.NamespaceConfig")
        .required("Namespace")
        .constrain("Namespace", Constraint.of().minLength(1).maxLength(63))
        .build();

    public NamespaceConfig() {
      super(SCHEMA);
    }

    /**
     * The custom namespace for creating the add-on
     *
     * <p>Required. Length: 1 to 63 characters. CloudFormation property {@code Namespace}.
     */
    public NamespaceConfig namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public NamespaceConfig namespace(Value<String> value) {
      return set("Namespace", value);
    }
  }

  /**
   * Amazon EKS Pod Identity associations provide the ability to manage credentials for your
   * applications, similar to the way that Amazon EC2 instance profiles provide credentials to
   * Amazon EC2 instances.
   *
   * <p>Property type {@code AWS::EKS::Addon.PodIdentityAssociation}.
   */
  public static final class PodIdentityAssociation extends Struct<PodIdentityAssociation> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Addon.PodIdentityAssociation")
        .required("RoleArn", "ServiceAccount")
        .constrain("RoleArn", Constraint.of().pattern("^arn:aws[a-zA-Z-]*:iam::\\d{12}:(role)\\/*").format("AWS::IAM::Role.Arn"))
        .build();

    public PodIdentityAssociation() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM role to associate with the service account. The EKS
     * Pod Identity agent manages credentials to assume this role for applications in the containers
     * in the Pods that use this service account.
     *
     * <p>Required. Pattern: {@code ^arn:aws[a-zA-Z-]*:iam::&#92;d{12}:(role)&#92;/*}. Format:
     * {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public PodIdentityAssociation roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public PodIdentityAssociation roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The name of the Kubernetes service account inside the cluster to associate the IAM
     * credentials with.
     *
     * <p>Required. CloudFormation property {@code ServiceAccount}.
     */
    public PodIdentityAssociation serviceAccount(String value) {
      return set("ServiceAccount", Value.of(value));
    }

    /** Sets {@code ServiceAccount} to this value; see {@link #serviceAccount(String)}. */
    public PodIdentityAssociation serviceAccount(Value<String> value) {
      return set("ServiceAccount", value);
    }
  }
}
