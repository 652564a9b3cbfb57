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
 * An object representing a managed capability in an Amazon EKS cluster. This includes all
 * configuration, status, and health information for the capability.
 *
 * <p>CloudFormation type {@code AWS::EKS::Capability}.
 */
public final class Capability extends Resource<Capability> {
  private static final Schema SCHEMA = Schema.builder("AWS::EKS::Capability")
      .required("CapabilityName", "ClusterName", "DeletePropagationPolicy", "RoleArn", "Type")
      .constrain("CapabilityName", Constraint.of().minLength(1).maxLength(100))
      .constrain("ClusterName", Constraint.of().minLength(1).maxLength(100))
      .allowed("DeletePropagationPolicy", "RETAIN")
      .constrain("RoleArn", Constraint.of().pattern("^arn:aws[a-z-]*:iam::[0-9]+:role/[a-zA-Z0-9+=,.@_-]+$").format("AWS::IAM::Role.Arn"))
      .allowed("Type", "ARGOCD", "ACK", "KRO")
      .refYields("Arn")
      .attributes("Arn", "Configuration.ArgoCd.AwsIdc.IdcManagedApplicationArn",
          "Configuration.ArgoCd.ServerUrl", "CreatedAt", "ModifiedAt", "Status", "Version")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Capability(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique name of the capability within the cluster.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. CloudFormation
   * property {@code CapabilityName}.
   */
  public Capability capabilityName(String value) {
    return set("CapabilityName", Value.of(value));
  }

  /** Sets {@code CapabilityName} to this value; see {@link #capabilityName(String)}. */
  public Capability capabilityName(Value<String> value) {
    return set("CapabilityName", value);
  }

  /**
   * The name of the Amazon EKS cluster that contains this capability.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. CloudFormation
   * property {@code ClusterName}.
   */
  public Capability clusterName(String value) {
    return set("ClusterName", Value.of(value));
  }

  /** Sets {@code ClusterName} to this value; see {@link #clusterName(String)}. */
  public Capability clusterName(Value<String> value) {
    return set("ClusterName", value);
  }

  /**
   * The configuration settings for the capability. The structure varies depending on the capability
   * type.
   *
   * <p>CloudFormation property {@code Configuration}.
   */
  public Capability configuration(Value<CapabilityConfiguration> value) {
    return set("Configuration", value);
  }

  /**
   * The delete propagation policy for the capability. Currently, the only supported value is
   * <code>RETAIN</code> , which keeps all resources managed by the capability when the capability
   * is deleted.
   *
   * <p>Required. Allowed values: {@code RETAIN}. CloudFormation property {@code
   * DeletePropagationPolicy}.
   */
  public Capability deletePropagationPolicy(String value) {
    return set("DeletePropagationPolicy", Value.of(value));
  }

  /**
   * Sets {@code DeletePropagationPolicy} to this value; see {@link
   * #deletePropagationPolicy(String)}.
   */
  public Capability deletePropagationPolicy(Value<String> value) {
    return set("DeletePropagationPolicy", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role that the capability uses to interact with AWS
   * services.
   *
   * <p>Required. Pattern: {@code ^arn:aws[a-z-]*:iam::[0-9]+:role/[a-zA-Z0-9+=,.&#64;_-]+$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public Capability roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Capability roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Capability tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Capability tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Capability tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of capability. Valid values are <code>ACK</code> , <code>ARGOCD</code> , or
   * <code>KRO</code> .
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code ARGOCD}, {@code ACK},
   * {@code KRO}. CloudFormation property {@code Type}.
   */
  public Capability typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Capability typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the capability.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ARN of the managed application created in IAM Identity Center for this Argo CD capability.
   * This application is automatically created and managed by EKS.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Configuration.ArgoCd.AwsIdc.IdcManagedApplicationArn}.
   */
  public Value<String> configurationArgoCdAwsIdcIdcManagedApplicationArn() {
    return getAtt("Configuration.ArgoCd.AwsIdc.IdcManagedApplicationArn");
  }

  /**
   * The URL of the Argo CD server. Use this URL to access the Argo CD web interface and API.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Configuration.ArgoCd.ServerUrl}.
   */
  public Value<String> configurationArgoCdServerUrl() {
    return getAtt("Configuration.ArgoCd.ServerUrl");
  }

  /**
   * The Unix epoch timestamp in seconds for when the capability was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The Unix epoch timestamp in seconds for when the capability was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModifiedAt}.
   */
  public Value<String> modifiedAt() {
    return getAtt("ModifiedAt");
  }

  /**
   * The current status of the capability. Valid values include:
   *
   * <ul> <li><code>CREATING</code> – The capability is being created. <li><code>ACTIVE</code> – The
   * capability is running and available. <li><code>UPDATING</code> – The capability is being
   * updated. <li><code>DELETING</code> – The capability is being deleted.
   * <li><code>CREATE_FAILED</code> – The capability creation failed. <li><code>UPDATE_FAILED</code>
   * – The capability update failed. <li><code>DELETE_FAILED</code> – The capability deletion
   * failed. </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The version of the capability software that is currently running.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Version}.
   */
  public Value<String> version() {
    return getAtt("Version");
  }

  /**
   * Configuration settings for an ACK (AWS Controllers for Kubernetes) capability.
   *
   * <p>Property type {@code AWS::EKS::Capability.Ack}.
   */
  public static final class Ack extends Struct<Ack> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Capability.Ack")
        .constrain("DisabledServices", Constraint.of().pattern("^[a-z][a-z0-9]*$").minLength(1).maxLength(63))
        .build();

    public Ack() {
      super(SCHEMA);
    }

    /**
     * A list of ACK service names to disable. Controllers for services in this list are not
     * installed or managed.
     *
     * <p>Length: 1 to 63 characters. Pattern: {@code ^[a-z][a-z0-9]*$}. CloudFormation property
     * {@code DisabledServices}.
     */
    public Ack disabledServices(List<String> value) {
      return set("DisabledServices", Value.listOf(value));
    }

    /** Sets {@code DisabledServices} to this value; see {@link #disabledServices(List)}. */
    public Ack disabledServices(Value<List<String>> value) {
      return set("DisabledServices", value);
    }

    /**
     * Whether cross-namespace references are enabled for ACK controllers. When not specified, the
     * service default applies.
     *
     * <p>CloudFormation property {@code EnableCrossNamespace}.
     */
    public Ack enableCrossNamespace(boolean value) {
      return set("EnableCrossNamespace", Value.of(value));
    }

    /**
     * Sets {@code EnableCrossNamespace} to this value; see {@link #enableCrossNamespace(boolean)}.
     */
    public Ack enableCrossNamespace(Value<Boolean> value) {
      return set("EnableCrossNamespace", value);
    }
  }

  /**
   * Configuration settings for an Argo CD capability. This includes the Kubernetes namespace, IAM
   * Identity Center integration, RBAC role mappings, and network access configuration.
   *
   * <p>Property type {@code AWS::EKS::Capability.ArgoCd}.
   */
  public static final class ArgoCd extends Struct<ArgoCd> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Capability.ArgoCd")
        .required("AwsIdc")
        .build();

    public ArgoCd() {
      super(SCHEMA);
    }

    /**
     * Configuration for integrating Argo CD with IAM Identity Center. This allows you to use your
     * organization's identity provider for authentication to Argo CD.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code AwsIdc}.
     */
    public ArgoCd awsIdc(Value<AwsIdc> value) {
      return set("AwsIdc", value);
    }

    /**
     * The Kubernetes namespace where Argo CD resources will be created. If not specified, the
     * default namespace is used.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Namespace}.
     */
    public ArgoCd namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public ArgoCd namespace(Value<String> value) {
      return set("Namespace", value);
    }

    /**
     * Configuration for network access to the Argo CD capability's managed API server endpoint. By
     * default, the Argo CD server is accessible via a public endpoint. You can optionally specify
     * one or more VPC endpoint IDs to enable private connectivity from your VPCs.
     *
     * <p>CloudFormation property {@code NetworkAccess}.
     */
    public ArgoCd networkAccess(Value<NetworkAccess> value) {
      return set("NetworkAccess", value);
    }

    /**
     * A list of role mappings that define which IAM Identity Center users or groups have which Argo
     * CD roles. Each mapping associates an Argo CD role (ADMIN, EDITOR, or VIEWER) with one or more
     * IAM Identity Center identities.
     *
     * <p>CloudFormation property {@code RbacRoleMappings}.
     */
    public ArgoCd rbacRoleMappings(List<ArgoCdRoleMapping> value) {
      return set("RbacRoleMappings", Value.listOf(value));
    }

    /** Sets {@code RbacRoleMappings} to this value; see {@link #rbacRoleMappings(List)}. */
    public ArgoCd rbacRoleMappings(Value<List<ArgoCdRoleMapping>> value) {
      return set("RbacRoleMappings", value);
    }

    /** Sets {@code RbacRoleMappings} to a list of these; see {@link #rbacRoleMappings(List)}. */
    public ArgoCd rbacRoleMappings(ArgoCdRoleMapping... values) {
      return set("RbacRoleMappings", Value.list(values));
    }

    /**
     * The URL of the Argo CD server. Use this URL to access the Argo CD web interface and API.
     *
     * <p>CloudFormation property {@code ServerUrl}.
     */
    public ArgoCd serverUrl(String value) {
      return set("ServerUrl", Value.of(value));
    }

    /** Sets {@code ServerUrl} to this value; see {@link #serverUrl(String)}. */
    public ArgoCd serverUrl(Value<String> value) {
      return set("ServerUrl", value);
    }
  }

  /**
   * A mapping between an Argo CD role and IAM Identity CenterIAM; Identity Center identities. This
   * defines which users or groups have specific permissions in Argo CD.
   *
   * <p>Property type {@code AWS::EKS::Capability.ArgoCdRoleMapping}.
   */
  public static final class ArgoCdRoleMapping extends Struct<ArgoCdRoleMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Capability.ArgoCdRoleMapping")
        .required("Identities", "Role")
        .allowed("Role", "ADMIN", "EDITOR", "VIEWER")
        .build();

    public ArgoCdRoleMapping() {
      super(SCHEMA);
    }

    /**
     * A list of IAM Identity CenterIAM; Identity Center identities (users or groups) that should be
     * assigned this Argo CD role.
     *
     * <p>Required. CloudFormation property {@code Identities}.
     */
    public ArgoCdRoleMapping identities(List<SsoIdentity> value) {
      return set("Identities", Value.listOf(value));
    }

    /** Sets {@code Identities} to this value; see {@link #identities(List)}. */
    public ArgoCdRoleMapping identities(Value<List<SsoIdentity>> value) {
      return set("Identities", value);
    }

    /** Sets {@code Identities} to a list of these; see {@link #identities(List)}. */
    public ArgoCdRoleMapping identities(SsoIdentity... values) {
      return set("Identities", Value.list(values));
    }

    /**
     * The Argo CD role to assign. Valid values are:
     *
     * <ul> <li><code>ADMIN</code> – Full administrative access to Argo CD. <li><code>EDITOR</code>
     * – Edit access to Argo CD resources. <li><code>VIEWER</code> – Read-only access to Argo CD
     * resources. </ul>
     *
     * <p>Required. Allowed values: {@code ADMIN}, {@code EDITOR}, {@code VIEWER}. CloudFormation
     * property {@code Role}.
     */
    public ArgoCdRoleMapping role(String value) {
      return set("Role", Value.of(value));
    }

    /** Sets {@code Role} to this value; see {@link #role(String)}. */
    public ArgoCdRoleMapping role(Value<String> value) {
      return set("Role", value);
    }
  }

  /**
   * Configuration for integrating Argo CD with IAM Identity Center. This allows you to use your
   * organization's identity provider for authentication to Argo CD.
   *
   * <p>Property type {@code AWS::EKS::Capability.AwsIdc}.
   */
  public static final class AwsIdc extends Struct<AwsIdc> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Capability.AwsIdc")
        .required("IdcInstanceArn")
        .build();

    public AwsIdc() {
      super(SCHEMA);
    }

    /**
     * The ARN of the IAM Identity Center instance to use for authentication.
     *
     * <p>Required. CloudFormation property {@code IdcInstanceArn}.
     */
    public AwsIdc idcInstanceArn(String value) {
      return set("IdcInstanceArn", Value.of(value));
    }

    /** Sets {@code IdcInstanceArn} to this value; see {@link #idcInstanceArn(String)}. */
    public AwsIdc idcInstanceArn(Value<String> value) {
      return set("IdcInstanceArn", value);
    }

    /**
     * The ARN of the managed application created in IAM Identity Center for this Argo CD
     * capability. This application is automatically created and managed by EKS.
     *
     * <p>CloudFormation property {@code IdcManagedApplicationArn}.
     */
    public AwsIdc idcManagedApplicationArn(String value) {
      return set("IdcManagedApplicationArn", Value.of(value));
    }

    /**
     * Sets {@code IdcManagedApplicationArn} to this value; see {@link
     * #idcManagedApplicationArn(String)}.
     */
    public AwsIdc idcManagedApplicationArn(Value<String> value) {
      return set("IdcManagedApplicationArn", value);
    }

    /**
     * The Region where your IAM Identity Center instance is located.
     *
     * <p>CloudFormation property {@code IdcRegion}.
     */
    public AwsIdc idcRegion(String value) {
      return set("IdcRegion", Value.of(value));
    }

    /** Sets {@code IdcRegion} to this value; see {@link #idcRegion(String)}. */
    public AwsIdc idcRegion(Value<String> value) {
      return set("IdcRegion", value);
    }
  }

  /**
   * Configuration settings for a capability. The structure of this object varies depending on the
   * capability type.
   *
   * <p>Property type {@code AWS::EKS::Capability.CapabilityConfiguration}.
   */
  public static final class CapabilityConfiguration extends Struct<CapabilityConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::EKS::Capability.CapabilityConfiguration");

    public CapabilityConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration settings for an ACK (AWS Controllers for Kubernetes) capability.
     *
     * <p>CloudFormation property {@code Ack}.
     */
    public CapabilityConfiguration ack(Value<Ack> value) {
      return set("Ack", value);
    }

    /**
     * Configuration settings for an Argo CD capability. This includes the Kubernetes namespace, IAM
     * Identity Center integration, RBAC role mappings, and network access configuration.
     *
     * <p>CloudFormation property {@code ArgoCd}.
     */
    public CapabilityConfiguration argoCd(Value<ArgoCd> value) {
      return set("ArgoCd", value);
    }
  }

  /**
   * Configuration for network access to the Argo CD capability's managed API server endpoint. By
   * default, the Argo CD server is accessible via a public endpoint. You can optionally specify one
   * or more VPC endpoint IDs to enable private connectivity from your VPCs.
   *
   * <p>Property type {@code AWS::EKS::Capability.NetworkAccess}.
   */
  public static final class NetworkAccess extends Struct<NetworkAccess> {
    private static final Schema SCHEMA = Schema.of("AWS::EKS::Capability.NetworkAccess");

    public NetworkAccess() {
      super(SCHEMA);
    }

    /**
     * A list of VPC endpoint IDs to associate with the managed Argo CD API server endpoint. Each
     * VPC endpoint provides private connectivity from a specific VPC to the Argo CD server. You can
     * specify multiple VPC endpoint IDs to enable access from multiple VPCs.
     *
     * <p>CloudFormation property {@code VpceIds}.
     */
    public NetworkAccess vpceIds(List<String> value) {
      return set("VpceIds", Value.listOf(value));
    }

    /** Sets {@code VpceIds} to this value; see {@link #vpceIds(List)}. */
    public NetworkAccess vpceIds(Value<List<String>> value) {
      return set("VpceIds", value);
    }
  }

  /**
   * An IAM Identity CenterIAM; Identity Center identity (user or group) that can be assigned
   * permissions in a capability.
   *
   * <p>Property type {@code AWS::EKS::Capability.SsoIdentity}.
   */
  public static final class SsoIdentity extends Struct<SsoIdentity> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Capability.SsoIdentity")
        .required("Id", "Type")
        .allowed("Type", "SSO_USER", "SSO_GROUP")
        .build();

    public SsoIdentity() {
      super(SCHEMA);
    }

    /**
     * The unique identifier of the IAM Identity CenterIAM; Identity Center user or group.
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public SsoIdentity id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public SsoIdentity id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The type of identity. Valid values are <code>SSO_USER</code> or <code>SSO_GROUP</code> .
     *
     * <p>Required. Allowed values: {@code SSO_USER}, {@code SSO_GROUP}. CloudFormation property
     * {@code Type}.
     */
    public SsoIdentity type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public SsoIdentity type(Value<String> value) {
      return set("Type", value);
    }
  }
}
