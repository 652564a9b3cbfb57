// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.eks;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.Subnet;
import io.tropo4j.resources.iam.Role;
import java.util.List;

/**
 * Creates an Amazon EKS control plane.
 *
 * <p>The Amazon EKS control plane consists of control plane instances that run the Kubernetes
 * software, such as <code>etcd</code> and the API server. The control plane runs in an account
 * managed by AWS , and the Kubernetes API is exposed by the Amazon EKS API server endpoint. Each
 * Amazon EKS cluster control plane is single tenant and unique. It runs on its own set of Amazon
 * EC2 instances.
 *
 * <p>The cluster control plane is provisioned across multiple Availability Zones and fronted by an
 * ELB Network Load Balancer. Amazon EKS also provisions elastic network interfaces in your VPC
 * subnets to provide connectivity from the control plane instances to the nodes (for example, to
 * support <code>kubectl exec</code> , <code>logs</code> , and <code>proxy</code> data flows).
 *
 * <p>Amazon EKS nodes run in your AWS account and connect to your cluster's control plane over the
 * Kubernetes API server endpoint and a certificate file that is created for your cluster.
 *
 * <p>You can use the <code>endpointPublicAccess</code> and <code>endpointPrivateAccess</code>
 * parameters to enable or disable public and private access to your cluster's Kubernetes API server
 * endpoint. By default, public access is enabled, and private access is disabled. The endpoint
 * domain name and IP address family depends on the value of the <code>ipFamily</code> for the
 * cluster. For more information, see <a
 * href="https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html">Amazon EKS Cluster
 * Endpoint Access Control</a> in the <b>Amazon EKS User Guide</b> .
 *
 * <p>You can use the <code>logging</code> parameter to enable or disable exporting the Kubernetes
 * control plane logs for your cluster to CloudWatch Logs. By default, cluster control plane logs
 * aren't exported to CloudWatch Logs. For more information, see <a
 * href="https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html">Amazon EKS
 * Cluster Control Plane Logs</a> in the <b>Amazon EKS User Guide</b> .
 *
 * <p>CloudWatch Logs ingestion, archive storage, and data scanning rates apply to exported control
 * plane logs. For more information, see <a
 * href="https://docs.aws.amazon.com/cloudwatch/pricing/">CloudWatch Pricing</a> .
 *
 * <p>In most cases, it takes several minutes to create a cluster. After you create an Amazon EKS
 * cluster, you must configure your Kubernetes tooling to communicate with the API server and launch
 * nodes into your cluster. For more information, see <a
 * href="https://docs.aws.amazon.com/eks/latest/userguide/cluster-auth.html">Allowing users to
 * access your cluster</a> and <a
 * href="https://docs.aws.amazon.com/eks/latest/userguide/launch-workers.html">Launching Amazon EKS
 * nodes</a> in the <em>Amazon EKS User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EKS::Cluster}.
 */
public final class Cluster extends Resource<Cluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::EKS::Cluster")
      .required("ResourcesVpcConfig", "RoleArn")
      .constrain("Name", Constraint.of().pattern("^[0-9A-Za-z][A-Za-z0-9\\-_]*").minLength(1).maxLength(100))
      .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .references("RoleArn", "AWS::IAM::Role.Arn")
      .constrain("Version", Constraint.of().pattern("1\\.\\d\\d"))
      .refYields("Name")
      .attributes("Arn", "CertificateAuthority.Active.ActivatedBy",
          "CertificateAuthority.Active.Id", "CertificateAuthority.Data", "CertificateAuthorityData",
          "ClusterSecurityGroupId", "EncryptionConfigKeyArn", "Endpoint", "Id",
          "KubernetesNetworkConfig.ServiceIpv6Cidr", "OpenIdConnectIssuerUrl")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Cluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The access configuration for the cluster.
   *
   * <p>CloudFormation property {@code AccessConfig}.
   */
  public Cluster accessConfig(Value<AccessConfig> value) {
    return set("AccessConfig", value);
  }

  /**
   * The ID of the certificate authority to activate as the cluster's signing CA. Setting or
   * changing this value activates the specified CA (the previously active CA becomes trusted).
   *
   * <p>CloudFormation property {@code ActiveCertificateAuthorityId}.
   */
  public Cluster activeCertificateAuthorityId(String value) {
    return set("ActiveCertificateAuthorityId", Value.of(value));
  }

  /**
   * Sets {@code ActiveCertificateAuthorityId} to this value; see {@link
   * #activeCertificateAuthorityId(String)}.
   */
  public Cluster activeCertificateAuthorityId(Value<String> value) {
    return set("ActiveCertificateAuthorityId", value);
  }

  /**
   * If you set this value to <code>False</code> when creating a cluster, the default networking
   * add-ons will not be installed.
   *
   * <p>The default networking add-ons include <code>vpc-cni</code> , <code>coredns</code> , and
   * <code>kube-proxy</code> .
   *
   * <p>Use this option when you plan to install third-party alternative add-ons or self-manage the
   * default networking add-ons.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * BootstrapSelfManagedAddons}.
   */
  public Cluster bootstrapSelfManagedAddons(boolean value) {
    return set("BootstrapSelfManagedAddons", Value.of(value));
  }

  /**
   * Sets {@code BootstrapSelfManagedAddons} to this value; see {@link
   * #bootstrapSelfManagedAddons(boolean)}.
   */
  public Cluster bootstrapSelfManagedAddons(Value<Boolean> value) {
    return set("BootstrapSelfManagedAddons", value);
  }

  /**
   * The certificate authority information for the cluster, including the trust bundle and the
   * currently active signing certificate authority.
   *
   * <p>CloudFormation property {@code CertificateAuthority}.
   */
  public Cluster certificateAuthority(Value<CertificateAuthority> value) {
    return set("CertificateAuthority", value);
  }

  /**
   * Indicates the current configuration of the compute capability on your EKS Auto Mode cluster.
   * For example, if the capability is enabled or disabled. If the compute capability is enabled,
   * EKS Auto Mode will create and delete EC2 Managed Instances in your AWS account. For more
   * information, see EKS Auto Mode compute capability in the <em>Amazon EKS User Guide</em> .
   *
   * <p>CloudFormation property {@code ComputeConfig}.
   */
  public Cluster computeConfig(Value<ComputeConfig> value) {
    return set("ComputeConfig", value);
  }

  /**
   * The control plane scaling tier configuration. For more information, see EKS Provisioned Control
   * Plane in the Amazon EKS User Guide.
   *
   * <p>CloudFormation property {@code ControlPlaneScalingConfig}.
   */
  public Cluster controlPlaneScalingConfig(Value<ControlPlaneScalingConfig> value) {
    return set("ControlPlaneScalingConfig", value);
  }

  /**
   * The current deletion protection setting for the cluster. When <code>true</code> , deletion
   * protection is enabled and the cluster cannot be deleted until protection is disabled. When
   * <code>false</code> , the cluster can be deleted normally. This setting only applies to clusters
   * in an active state.
   *
   * <p>CloudFormation property {@code DeletionProtection}.
   */
  public Cluster deletionProtection(boolean value) {
    return set("DeletionProtection", Value.of(value));
  }

  /** Sets {@code DeletionProtection} to this value; see {@link #deletionProtection(boolean)}. */
  public Cluster deletionProtection(Value<Boolean> value) {
    return set("DeletionProtection", value);
  }

  /**
   * The encryption configuration for the cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EncryptionConfig}.
   */
  public Cluster encryptionConfig(List<EncryptionConfig> value) {
    return set("EncryptionConfig", Value.listOf(value));
  }

  /** Sets {@code EncryptionConfig} to this value; see {@link #encryptionConfig(List)}. */
  public Cluster encryptionConfig(Value<List<EncryptionConfig>> value) {
    return set("EncryptionConfig", value);
  }

  /** Sets {@code EncryptionConfig} to a list of these; see {@link #encryptionConfig(List)}. */
  public Cluster encryptionConfig(EncryptionConfig... values) {
    return set("EncryptionConfig", Value.list(values));
  }

  /**
   * Set this value to <code>true</code> to override upgrade-blocking readiness checks when updating
   * a cluster.
   *
   * <p>Default: {@code false}. CloudFormation property {@code Force}.
   */
  public Cluster force(boolean value) {
    return set("Force", Value.of(value));
  }

  /** Sets {@code Force} to this value; see {@link #force(boolean)}. */
  public Cluster force(Value<Boolean> value) {
    return set("Force", value);
  }

  /**
   * The configuration for the Kubernetes API server on an Amazon EKS cluster.
   *
   * <p>CloudFormation property {@code KubeApiServerConfig}.
   */
  public Cluster kubeApiServerConfig(Value<KubeApiServerConfig> value) {
    return set("KubeApiServerConfig", value);
  }

  /**
   * The configuration for the Kubernetes controller manager on an Amazon EKS cluster.
   *
   * <p>CloudFormation property {@code KubeControllerManagerConfig}.
   */
  public Cluster kubeControllerManagerConfig(Value<KubeControllerManagerConfig> value) {
    return set("KubeControllerManagerConfig", value);
  }

  /**
   * The configuration for the Kubernetes scheduler on an Amazon EKS cluster.
   *
   * <p>CloudFormation property {@code KubeSchedulerConfig}.
   */
  public Cluster kubeSchedulerConfig(Value<KubeSchedulerConfig> value) {
    return set("KubeSchedulerConfig", value);
  }

  /**
   * The Kubernetes network configuration for the cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KubernetesNetworkConfig}.
   */
  public Cluster kubernetesNetworkConfig(Value<KubernetesNetworkConfig> value) {
    return set("KubernetesNetworkConfig", value);
  }

  /**
   * The logging configuration for your cluster.
   *
   * <p>CloudFormation property {@code Logging}.
   */
  public Cluster logging(Value<Logging> value) {
    return set("Logging", value);
  }

  /**
   * The unique name to give to your cluster. The name can contain only alphanumeric characters
   * (case-sensitive) and hyphens. It must start with an alphanumeric character and can't be longer
   * than 100 characters. The name must be unique within the AWS Region and AWS account that you're
   * creating the cluster in. Note that underscores can't be used in CloudFormation .
   *
   * <p>Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[0-9A-Za-z][A-Za-z0-9&#92;-_]*}. CloudFormation property {@code Name}.
   */
  public Cluster name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Cluster name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An object representing the configuration of your local Amazon EKS cluster on an AWS Outpost.
   * This object isn't available for clusters on the AWS cloud.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code OutpostConfig}.
   */
  public Cluster outpostConfig(Value<OutpostConfig> value) {
    return set("OutpostConfig", value);
  }

  /**
   * The configuration in the cluster for EKS Hybrid Nodes. You can add, change, or remove this
   * configuration after the cluster is created.
   *
   * <p>CloudFormation property {@code RemoteNetworkConfig}.
   */
  public Cluster remoteNetworkConfig(Value<RemoteNetworkConfig> value) {
    return set("RemoteNetworkConfig", value);
  }

  /**
   * The VPC configuration that's used by the cluster control plane. Amazon EKS VPC resources have
   * specific requirements to work properly with Kubernetes. For more information, see <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/network_reqs.html">Cluster VPC
   * Considerations</a> and <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/sec-group-reqs.html">Cluster Security
   * Group Considerations</a> in the <em>Amazon EKS User Guide</em> . You must specify at least two
   * subnets. You can specify up to five security groups, but we recommend that you use a dedicated
   * security group for your cluster control plane.
   *
   * <p>Required. CloudFormation property {@code ResourcesVpcConfig}.
   */
  public Cluster resourcesVpcConfig(Value<ResourcesVpcConfig> value) {
    return set("ResourcesVpcConfig", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role that provides permissions for the Kubernetes
   * control plane to make calls to AWS API operations on your behalf. For more information, see <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/service_IAM_role.html">Amazon EKS
   * Service IAM Role</a> in the <b>Amazon EKS User Guide</b> .
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::IAM::Role.Arn}.
   * CloudFormation property {@code RoleArn}.
   */
  public Cluster roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Cluster roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
  public Cluster roleArn(Role resource) {
    return set("RoleArn", resource.arn());
  }

  /**
   * The rollback configuration to use for the cluster version rollback.
   *
   * <p>CloudFormation property {@code RollbackConfig}.
   */
  public Cluster rollbackConfig(Value<RollbackConfig> value) {
    return set("RollbackConfig", value);
  }

  /**
   * Indicates the current configuration of the block storage capability on your EKS Auto Mode
   * cluster. For example, if the capability is enabled or disabled. If the block storage capability
   * is enabled, EKS Auto Mode will create and delete EBS volumes in your AWS account. For more
   * information, see EKS Auto Mode block storage capability in the <em>Amazon EKS User Guide</em> .
   *
   * <p>CloudFormation property {@code StorageConfig}.
   */
  public Cluster storageConfig(Value<StorageConfig> value) {
    return set("StorageConfig", value);
  }

  /**
   * The metadata that you apply to the cluster to assist with categorization and organization. Each
   * tag consists of a key and an optional value, both of which you define. Cluster tags don't
   * propagate to any other resources associated with the cluster.
   *
   * <p>You must have the <code>eks:TagResource</code> and <code>eks:UntagResource</code>
   * permissions for your <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html">IAM
   * principal</a> to manage the CloudFormation stack. If you don't have these permissions, there
   * might be unexpected behavior with stack-level tags propagating to the resource during resource
   * creation and update.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Cluster tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Cluster tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Cluster tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * This value indicates if extended support is enabled or disabled for the cluster.
   *
   * <p><a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/extended-support-control.html">Learn
   * more about EKS Extended Support in the <em>Amazon EKS User Guide</em> .</a>
   *
   * <p>CloudFormation property {@code UpgradePolicy}.
   */
  public Cluster upgradePolicy(Value<UpgradePolicy> value) {
    return set("UpgradePolicy", value);
  }

  /**
   * The desired Kubernetes version for your cluster. If you don't specify a value here, the default
   * version available in Amazon EKS is used.
   *
   * <p>The default version might not be the latest version available.
   *
   * <p>Pattern: {@code 1&#92;.&#92;d&#92;d}. CloudFormation property {@code Version}.
   */
  public Cluster version(String value) {
    return set("Version", Value.of(value));
  }

  /** Sets {@code Version} to this value; see {@link #version(String)}. */
  public Cluster version(Value<String> value) {
    return set("Version", value);
  }

  /**
   * The configuration for zonal shift for the cluster.
   *
   * <p>CloudFormation property {@code ZonalShiftConfig}.
   */
  public Cluster zonalShiftConfig(Value<ZonalShiftConfig> value) {
    return set("ZonalShiftConfig", value);
  }

  /**
   * The ARN of the cluster, such as <code>arn:aws:eks:us-west-2:666666666666:cluster/prod</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Indicates whether the active certificate authority was activated by EKS or by the customer.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CertificateAuthority.Active.ActivatedBy}.
   */
  public Value<String> certificateAuthorityActiveActivatedBy() {
    return getAtt("CertificateAuthority.Active.ActivatedBy");
  }

  /**
   * The ID of the active (signing) certificate authority.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CertificateAuthority.Active.Id}.
   */
  public Value<String> certificateAuthorityActiveId() {
    return getAtt("CertificateAuthority.Active.Id");
  }

  /**
   * The base64-encoded certificate-authority trust bundle for the cluster (all trusted CAs).
   *
   * <p>{@code Fn::GetAtt} attribute {@code CertificateAuthority.Data}.
   */
  public Value<String> certificateAuthority_Data() {
    return getAtt("CertificateAuthority.Data");
  }

  /**
   * The <code>certificate-authority-data</code> for your cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CertificateAuthorityData}.
   */
  public Value<String> certificateAuthorityData() {
    return getAtt("CertificateAuthorityData");
  }

  /**
   * The cluster security group that was created by Amazon EKS for the cluster. Managed node groups
   * use this security group for control plane to data plane communication.
   *
   * <p>This parameter is only returned by Amazon EKS clusters that support managed node groups. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html">Managed node
   * groups</a> in the <em>Amazon EKS User Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClusterSecurityGroupId}.
   */
  public Value<String> clusterSecurityGroupId() {
    return getAtt("ClusterSecurityGroupId");
  }

  /**
   * Amazon Resource Name (ARN) or alias of the customer master key (CMK).
   *
   * <p>{@code Fn::GetAtt} attribute {@code EncryptionConfigKeyArn}.
   */
  public Value<String> encryptionConfigKeyArn() {
    return getAtt("EncryptionConfigKeyArn");
  }

  /**
   * The endpoint for your Kubernetes API server, such as
   * <code>https://5E1D0CEXAMPLEA591B746AFC5AB30262.yl4.us-west-2.eks.amazonaws.com</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint}.
   */
  public Value<String> endpoint() {
    return getAtt("Endpoint");
  }

  /**
   * The ID of your local Amazon EKS cluster on an AWS Outpost. This property isn't available for an
   * Amazon EKS cluster on the AWS cloud.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The CIDR block that Kubernetes Service IP addresses are assigned from if you created a
   * <code>1.21</code> or later cluster with version <code>&gt;1.10.1</code> or later of the Amazon
   * VPC CNI add-on and specified <code>ipv6</code> for <em>ipFamily</em> when you created the
   * cluster. Kubernetes assigns Service addresses from the unique local address range (
   * <code>fc00::/7</code> ) because you can't specify a custom <code>IPv6</code> CIDR block when
   * you create the cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code KubernetesNetworkConfig.ServiceIpv6Cidr}.
   */
  public Value<String> kubernetesNetworkConfigServiceIpv6Cidr() {
    return getAtt("KubernetesNetworkConfig.ServiceIpv6Cidr");
  }

  /**
   * The issuer URL for the OIDC identity provider of the cluster, such as
   * <code>https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E</code> . If
   * you need to remove <code>https://</code> from this output value, you can include the following
   * code in your template.
   *
   * <p><code>!Select [1, !Split ["//", !GetAtt EKSCluster.OpenIdConnectIssuerUrl]]</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code OpenIdConnectIssuerUrl}.
   */
  public Value<String> openIdConnectIssuerUrl() {
    return getAtt("OpenIdConnectIssuerUrl");
  }

  /**
   * The access configuration for the cluster.
   *
   * <p>Property type {@code AWS::EKS::Cluster.AccessConfig}.
   */
  public static final class AccessConfig extends Struct<AccessConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Cluster.AccessConfig")
        .allowed("AuthenticationMode", "CONFIG_MAP", "API_AND_CONFIG_MAP", "API")
        .build();

    public AccessConfig() {
      super(SCHEMA);
    }

    /**
     * The desired authentication mode for the cluster. If you create a cluster by using the EKS
     * API, AWS SDKs, or AWS CloudFormation , the default is <code>CONFIG_MAP</code> . If you create
     * the cluster by using the AWS Management Console , the default value is
     * <code>API_AND_CONFIG_MAP</code> .
     *
     * <p>Allowed values: {@code CONFIG_MAP}, {@code API_AND_CONFIG_MAP}, {@code API}.
     * CloudFormation property {@code AuthenticationMode}.
     */
    public AccessConfig authenticationMode(String value) {
      return set("AuthenticationMode", Value.of(value));
    }

    /** Sets {@code AuthenticationMode} to this value; see {@link #authenticationMode(String)}. */
    public AccessConfig authenticationMode(Value<String> value) {
      return set("AuthenticationMode", value);
    }

    /**
     * Specifies whether or not the cluster creator IAM principal was set as a cluster admin access
     * entry during cluster creation time. The default value is <code>true</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * BootstrapClusterCreatorAdminPermissions}.
     */
    public AccessConfig bootstrapClusterCreatorAdminPermissions(boolean value) {
      return set("BootstrapClusterCreatorAdminPermissions", Value.of(value));
    }

    /**
     * Sets {@code BootstrapClusterCreatorAdminPermissions} to this value; see {@link
     * #bootstrapClusterCreatorAdminPermissions(boolean)}.
     */
    public AccessConfig bootstrapClusterCreatorAdminPermissions(Value<Boolean> value) {
      return set("BootstrapClusterCreatorAdminPermissions", value);
    }
  }

  /**
   * Identifies the certificate authority currently signing certificates for the cluster.
   *
   * <p>Property type {@code AWS::EKS::Cluster.ActiveCertificateAuthority}.
   */
  public static final class ActiveCertificateAuthority extends Struct<ActiveCertificateAuthority> {
    private static final Schema SCHEMA = Schema.of("AWS::EKS::Cluster.ActiveCertificateAuthority");

    public ActiveCertificateAuthority() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the active certificate authority was activated by EKS or by the customer.
     *
     * <p>CloudFormation property {@code ActivatedBy}.
     */
    public ActiveCertificateAuthority activatedBy(String value) {
      return set("ActivatedBy", Value.of(value));
    }

    /** Sets {@code ActivatedBy} to this value; see {@link #activatedBy(String)}. */
    public ActiveCertificateAuthority activatedBy(Value<String> value) {
      return set("ActivatedBy", value);
    }

    /**
     * The ID of the active (signing) certificate authority.
     *
     * <p>CloudFormation property {@code Id}.
     */
    public ActiveCertificateAuthority id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public ActiveCertificateAuthority id(Value<String> value) {
      return set("Id", value);
    }
  }

  /**
   * Indicates the current configuration of the block storage capability on your EKS Auto Mode
   * cluster. For example, if the capability is enabled or disabled. If the block storage capability
   * is enabled, EKS Auto Mode will create and delete EBS volumes in your AWS account. For more
   * information, see EKS Auto Mode block storage capability in the <em>Amazon EKS User Guide</em> .
   *
   * <p>Property type {@code AWS::EKS::Cluster.BlockStorage}.
   */
  public static final class BlockStorage extends Struct<BlockStorage> {
    private static final Schema SCHEMA = Schema.of("AWS::EKS::Cluster.BlockStorage");

    public BlockStorage() {
      super(SCHEMA);
    }

    /**
     * Indicates if the block storage capability is enabled on your EKS Auto Mode cluster. If the
     * block storage capability is enabled, EKS Auto Mode will create and delete EBS volumes in your
     * AWS account.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public BlockStorage enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public BlockStorage enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * The certificate authority information for the cluster, including the trust bundle and the
   * currently active signing certificate authority.
   *
   * <p>Property type {@code AWS::EKS::Cluster.CertificateAuthority}.
   */
  public static final class CertificateAuthority extends Struct<CertificateAuthority> {
    private static final Schema SCHEMA = Schema.of("AWS::EKS::Cluster.CertificateAuthority");

    public CertificateAuthority() {
      super(SCHEMA);
    }

    /**
     * Identifies the certificate authority currently signing certificates for the cluster.
     *
     * <p>CloudFormation property {@code Active}.
     */
    public CertificateAuthority active(Value<ActiveCertificateAuthority> value) {
      return set("Active", value);
    }

    /**
     * The base64-encoded certificate-authority trust bundle for the cluster (all trusted CAs).
     *
     * <p>CloudFormation property {@code Data}.
     */
    public CertificateAuthority data(String value) {
      return set("Data", Value.of(value));
    }

    /** Sets {@code Data} to this value; see {@link #data(String)}. */
    public CertificateAuthority data(Value<String> value) {
      return set("Data", value);
    }
  }

  /**
   * The cluster control plane logging configuration for your cluster.
   *
   * <p>When updating a resource, you must include this <code>ClusterLogging</code> property if the
   * previous CloudFormation template of the resource had it.
   *
   * <p>Property type {@code AWS::EKS::Cluster.ClusterLogging}.
   */
  public static final class ClusterLogging extends Struct<ClusterLogging> {
    private static final Schema SCHEMA = Schema.of("AWS::EKS::Cluster.ClusterLogging");

    public ClusterLogging() {
      super(SCHEMA);
    }

    /**
     * The enabled control plane logs for your cluster. All log types are disabled if the array is
     * empty.
     *
     * <p>When updating a resource, you must include this <code>EnabledTypes</code> property if the
     * previous CloudFormation template of the resource had it.
     *
     * <p>CloudFormation property {@code EnabledTypes}.
     */
    public ClusterLogging enabledTypes(List<LoggingTypeConfig> value) {
      return set("EnabledTypes", Value.listOf(value));
    }

    /** Sets {@code EnabledTypes} to this value; see {@link #enabledTypes(List)}. */
    public ClusterLogging enabledTypes(Value<List<LoggingTypeConfig>> value) {
      return set("EnabledTypes", value);
    }

    /** Sets {@code EnabledTypes} to a list of these; see {@link #enabledTypes(List)}. */
    public ClusterLogging enabledTypes(LoggingTypeConfig... values) {
      return set("EnabledTypes", Value.list(values));
    }
  }

  /**
   * Indicates the current configuration of the compute capability on your EKS Auto Mode cluster.
   * For example, if the capability is enabled or disabled. If the compute capability is enabled,
   * EKS Auto Mode will create and delete EC2 Managed Instances in your AWS account. For more
   * information, see EKS Auto Mode compute capability in the <em>Amazon EKS User Guide</em> .
   *
   * <p>Property type {@code AWS::EKS::Cluster.ComputeConfig}.
   */
  public static final class ComputeConfig extends Struct<ComputeConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Cluster.ComputeConfig")
        .constrain("NodeRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public ComputeConfig() {
      super(SCHEMA);
    }

    /**
     * Request to enable or disable the compute capability on your EKS Auto Mode cluster. If the
     * compute capability is enabled, EKS Auto Mode will create and delete EC2 Managed Instances in
     * your AWS account.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public ComputeConfig enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public ComputeConfig enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * Configuration for node pools that defines the compute resources for your EKS Auto Mode
     * cluster. For more information, see EKS Auto Mode Node Pools in the <em>Amazon EKS User
     * Guide</em> .
     *
     * <p>CloudFormation property {@code NodePools}.
     */
    public ComputeConfig nodePools(List<String> value) {
      return set("NodePools", Value.listOf(value));
    }

    /** Sets {@code NodePools} to this value; see {@link #nodePools(List)}. */
    public ComputeConfig nodePools(Value<List<String>> value) {
      return set("NodePools", value);
    }

    /**
     * The ARN of the IAM Role EKS will assign to EC2 Managed Instances in your EKS Auto Mode
     * cluster. This value cannot be changed after the compute capability of EKS Auto Mode is
     * enabled. For more information, see the IAM Reference in the <em>Amazon EKS User Guide</em> .
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code NodeRoleArn}.
     */
    public ComputeConfig nodeRoleArn(String value) {
      return set("NodeRoleArn", Value.of(value));
    }

    /** Sets {@code NodeRoleArn} to this value; see {@link #nodeRoleArn(String)}. */
    public ComputeConfig nodeRoleArn(Value<String> value) {
      return set("NodeRoleArn", value);
    }
  }

  /**
   * The placement configuration for all the control plane instances of your local Amazon EKS
   * cluster on an AWS Outpost. For more information, see <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/eks-outposts-capacity-considerations.html">Capacity
   * considerations</a> in the <em>Amazon EKS User Guide</em> .
   *
   * <p>Property type {@code AWS::EKS::Cluster.ControlPlanePlacement}.
   */
  public static final class ControlPlanePlacement extends Struct<ControlPlanePlacement> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Cluster.ControlPlanePlacement")
        .allowed("SpreadLevel", "host", "rack")
        .build();

    public ControlPlanePlacement() {
      super(SCHEMA);
    }

    /**
     * The name of the placement group for the Kubernetes control plane instances. This property is
     * only used for a local cluster on an AWS Outpost.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code GroupName}.
     */
    public ControlPlanePlacement groupName(String value) {
      return set("GroupName", Value.of(value));
    }

    /** Sets {@code GroupName} to this value; see {@link #groupName(String)}. */
    public ControlPlanePlacement groupName(Value<String> value) {
      return set("GroupName", value);
    }

    /**
     * Optional parameter to specify the placement group spread level for control plane instances.
     * If not provided, EKS will deploy control plane instances without a placement group.
     *
     * <p>Allowed values: {@code host}, {@code rack}. CloudFormation property {@code SpreadLevel}.
     */
    public ControlPlanePlacement spreadLevel(String value) {
      return set("SpreadLevel", Value.of(value));
    }

    /** Sets {@code SpreadLevel} to this value; see {@link #spreadLevel(String)}. */
    public ControlPlanePlacement spreadLevel(Value<String> value) {
      return set("SpreadLevel", value);
    }
  }

  /**
   * The control plane scaling tier configuration. For more information, see EKS Provisioned Control
   * Plane in the Amazon EKS User Guide.
   *
   * <p>Property type {@code AWS::EKS::Cluster.ControlPlaneScalingConfig}.
   */
  public static final class ControlPlaneScalingConfig extends Struct<ControlPlaneScalingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Cluster.ControlPlaneScalingConfig")
        .allowed("Tier", "standard", "tier-xl", "tier-2xl", "tier-4xl", "tier-8xl", "tier-ultra")
        .build();

    public ControlPlaneScalingConfig() {
      super(SCHEMA);
    }

    /**
     * The control plane scaling tier configuration. Available options are <code>standard</code> ,
     * <code>tier-xl</code> , <code>tier-2xl</code> , or <code>tier-4xl</code> . For more
     * information, see EKS Provisioned Control Plane in the Amazon EKS User Guide.
     *
     * <p>Allowed values: {@code standard}, {@code tier-xl}, {@code tier-2xl}, {@code tier-4xl},
     * {@code tier-8xl}, {@code tier-ultra}. CloudFormation property {@code Tier}.
     */
    public ControlPlaneScalingConfig tier(String value) {
      return set("Tier", Value.of(value));
    }

    /** Sets {@code Tier} to this value; see {@link #tier(String)}. */
    public ControlPlaneScalingConfig tier(Value<String> value) {
      return set("Tier", value);
    }
  }

  /**
   * Indicates the current configuration of the load balancing capability on your EKS Auto Mode
   * cluster. For example, if the capability is enabled or disabled. For more information, see EKS
   * Auto Mode load balancing capability in the <em>Amazon EKS User Guide</em> .
   *
   * <p>Property type {@code AWS::EKS::Cluster.ElasticLoadBalancing}.
   */
  public static final class ElasticLoadBalancing extends Struct<ElasticLoadBalancing> {
    private static final Schema SCHEMA = Schema.of("AWS::EKS::Cluster.ElasticLoadBalancing");

    public ElasticLoadBalancing() {
      super(SCHEMA);
    }

    /**
     * Indicates if the load balancing capability is enabled on your EKS Auto Mode cluster. If the
     * load balancing capability is enabled, EKS Auto Mode will create and delete load balancers in
     * your AWS account.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public ElasticLoadBalancing enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public ElasticLoadBalancing enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * The encryption configuration for the cluster.
   *
   * <p>Property type {@code AWS::EKS::Cluster.EncryptionConfig}.
   */
  public static final class EncryptionConfig extends Struct<EncryptionConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::EKS::Cluster.EncryptionConfig");

    public EncryptionConfig() {
      super(SCHEMA);
    }

    /**
     * The encryption provider for the cluster.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Provider}.
     */
    public EncryptionConfig provider(Value<Provider> value) {
      return set("Provider", value);
    }

    /**
     * Specifies the resources to be encrypted. The only supported value is <code>secrets</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Resources}.
     */
    public EncryptionConfig resources(List<String> value) {
      return set("Resources", Value.listOf(value));
    }

    /** Sets {@code Resources} to this value; see {@link #resources(List)}. */
    public EncryptionConfig resources(Value<List<String>> value) {
      return set("Resources", value);
    }
  }

  /**
   * The placement configuration for the etcd instances of your local Amazon EKS cluster on an AWS
   * Outpost.
   *
   * <p>Property type {@code AWS::EKS::Cluster.EtcdPlacement}.
   */
  public static final class EtcdPlacement extends Struct<EtcdPlacement> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Cluster.EtcdPlacement")
        .allowed("SpreadLevel", "host", "rack")
        .build();

    public EtcdPlacement() {
      super(SCHEMA);
    }

    /**
     * Optional parameter to specify the placement group spread level for etcd instances. If not
     * provided, EKS will deploy etcd instances without a placement group.
     *
     * <p>Allowed values: {@code host}, {@code rack}. CloudFormation property {@code SpreadLevel}.
     */
    public EtcdPlacement spreadLevel(String value) {
      return set("SpreadLevel", Value.of(value));
    }

    /** Sets {@code SpreadLevel} to this value; see {@link #spreadLevel(String)}. */
    public EtcdPlacement spreadLevel(Value<String> value) {
      return set("SpreadLevel", value);
    }
  }

  /**
   * The horizontal pod autoscaler controller configuration.
   *
   * <p>Property type {@code AWS::EKS::Cluster.HorizontalPodAutoscalerControllerConfig}.
   */
  public static final class HorizontalPodAutoscalerControllerConfig extends Struct<HorizontalPodAutoscalerControllerConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::EKS::Cluster.HorizontalPodAutoscalerControllerConfig");

    public HorizontalPodAutoscalerControllerConfig() {
      super(SCHEMA);
    }

    /**
     * The interval between each sync of the horizontal pod autoscaler (e.g., 15s, 1m).
     *
     * <p>CloudFormation property {@code HorizontalPodAutoscalerSyncPeriod}.
     */
    public HorizontalPodAutoscalerControllerConfig horizontalPodAutoscalerSyncPeriod(String value) {
      return set("HorizontalPodAutoscalerSyncPeriod", Value.of(value));
    }

    /**
     * Sets {@code HorizontalPodAutoscalerSyncPeriod} to this value; see {@link
     * #horizontalPodAutoscalerSyncPeriod(String)}.
     */
    public HorizontalPodAutoscalerControllerConfig horizontalPodAutoscalerSyncPeriod(Value<String> value) {
      return set("HorizontalPodAutoscalerSyncPeriod", value);
    }
  }

  /**
   * The configuration for the Kubernetes API server on an Amazon EKS cluster.
   *
   * <p>Property type {@code AWS::EKS::Cluster.KubeApiServerConfig}.
   */
  public static final class KubeApiServerConfig extends Struct<KubeApiServerConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::EKS::Cluster.KubeApiServerConfig");

    public KubeApiServerConfig() {
      super(SCHEMA);
    }

    /**
     * The duration that Kubernetes events are retained (e.g., 30m, 1h).
     *
     * <p>CloudFormation property {@code EventTtl}.
     */
    public KubeApiServerConfig eventTtl(String value) {
      return set("EventTtl", Value.of(value));
    }

    /** Sets {@code EventTtl} to this value; see {@link #eventTtl(String)}. */
    public KubeApiServerConfig eventTtl(Value<String> value) {
      return set("EventTtl", value);
    }

    /**
     * The port range for Kubernetes NodePort services.
     *
     * <p>CloudFormation property {@code ServiceNodePortRange}.
     */
    public KubeApiServerConfig serviceNodePortRange(Value<ServiceNodePortRange> value) {
      return set("ServiceNodePortRange", value);
    }
  }

  /**
   * The configuration for the Kubernetes controller manager on an Amazon EKS cluster.
   *
   * <p>Property type {@code AWS::EKS::Cluster.KubeControllerManagerConfig}.
   */
  public static final class KubeControllerManagerConfig extends Struct<KubeControllerManagerConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::EKS::Cluster.KubeControllerManagerConfig");

    public KubeControllerManagerConfig() {
      super(SCHEMA);
    }

    /**
     * The horizontal pod autoscaler controller configuration.
     *
     * <p>CloudFormation property {@code HorizontalPodAutoscalerControllerConfig}.
     */
    public KubeControllerManagerConfig horizontalPodAutoscalerControllerConfig(Value<HorizontalPodAutoscalerControllerConfig> value) {
      return set("HorizontalPodAutoscalerControllerConfig", value);
    }

    /**
     * The pod garbage collector controller configuration.
     *
     * <p>CloudFormation property {@code PodGcControllerConfig}.
     */
    public KubeControllerManagerConfig podGcControllerConfig(Value<PodGcControllerConfig> value) {
      return set("PodGcControllerConfig", value);
    }
  }

  /**
   * The configuration for the Kubernetes scheduler on an Amazon EKS cluster.
   *
   * <p>Property type {@code AWS::EKS::Cluster.KubeSchedulerConfig}.
   */
  public static final class KubeSchedulerConfig extends Struct<KubeSchedulerConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::EKS::Cluster.KubeSchedulerConfig");

    public KubeSchedulerConfig() {
      super(SCHEMA);
    }

    /**
     * The NodeResourcesFit plugin configuration for the Kubernetes scheduler.
     *
     * <p>CloudFormation property {@code NodeResourcesFit}.
     */
    public KubeSchedulerConfig nodeResourcesFit(Value<NodeResourcesFitConfig> value) {
      return set("NodeResourcesFit", value);
    }
  }

  /**
   * The Kubernetes network configuration for the cluster.
   *
   * <p>Property type {@code AWS::EKS::Cluster.KubernetesNetworkConfig}.
   */
  public static final class KubernetesNetworkConfig extends Struct<KubernetesNetworkConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Cluster.KubernetesNetworkConfig")
        .allowed("IpFamily", "ipv4", "ipv6")
        .build();

    public KubernetesNetworkConfig() {
      super(SCHEMA);
    }

    /**
     * Request to enable or disable the load balancing capability on your EKS Auto Mode cluster. For
     * more information, see EKS Auto Mode load balancing capability in the <em>Amazon EKS User
     * Guide</em> .
     *
     * <p>CloudFormation property {@code ElasticLoadBalancing}.
     */
    public KubernetesNetworkConfig elasticLoadBalancing(Value<ElasticLoadBalancing> value) {
      return set("ElasticLoadBalancing", value);
    }

    /**
     * Specify which IP family is used to assign Kubernetes pod and service IP addresses. If you
     * don't specify a value, <code>ipv4</code> is used by default. You can only specify an IP
     * family when you create a cluster and can't change this value once the cluster is created. If
     * you specify <code>ipv6</code> , the VPC and subnets that you specify for cluster creation
     * must have both <code>IPv4</code> and <code>IPv6</code> CIDR blocks assigned to them. You
     * can't specify <code>ipv6</code> for clusters in China Regions.
     *
     * <p>You can only specify <code>ipv6</code> for <code>1.21</code> and later clusters that use
     * version <code>1.10.1</code> or later of the Amazon VPC CNI add-on. If you specify
     * <code>ipv6</code> , then ensure that your VPC meets the requirements listed in the
     * considerations listed in <a
     * href="https://docs.aws.amazon.com/eks/latest/userguide/cni-ipv6.html">Assigning IPv6
     * addresses to pods and services</a> in the <em>Amazon EKS User Guide</em> . Kubernetes assigns
     * services <code>IPv6</code> addresses from the unique local address range
     * <code>(fc00::/7)</code> . You can't specify a custom <code>IPv6</code> CIDR block. Pod
     * addresses are assigned from the subnet's <code>IPv6</code> CIDR.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code ipv4}, {@code ipv6}.
     * CloudFormation property {@code IpFamily}.
     */
    public KubernetesNetworkConfig ipFamily(String value) {
      return set("IpFamily", Value.of(value));
    }

    /** Sets {@code IpFamily} to this value; see {@link #ipFamily(String)}. */
    public KubernetesNetworkConfig ipFamily(Value<String> value) {
      return set("IpFamily", value);
    }

    /**
     * Don't specify a value if you select <code>ipv6</code> for <em>ipFamily</em> . The CIDR block
     * to assign Kubernetes service IP addresses from. If you don't specify a block, Kubernetes
     * assigns addresses from either the <code>10.100.0.0/16</code> or <code>172.20.0.0/16</code>
     * CIDR blocks. We recommend that you specify a block that does not overlap with resources in
     * other networks that are peered or connected to your VPC. The block must meet the following
     * requirements:
     *
     * <ul> <li>Within one of the following private IP address blocks: <code>10.0.0.0/8</code> ,
     * <code>172.16.0.0/12</code> , or <code>192.168.0.0/16</code> . <li>Doesn't overlap with any
     * CIDR block assigned to the VPC that you selected for VPC. <li>Between <code>/24</code> and
     * <code>/12</code> . </ul>
     *
     * <p>You can only specify a custom CIDR block when you create a cluster. You can't change this
     * value after the cluster is created.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ServiceIpv4Cidr}.
     */
    public KubernetesNetworkConfig serviceIpv4Cidr(String value) {
      return set("ServiceIpv4Cidr", Value.of(value));
    }

    /** Sets {@code ServiceIpv4Cidr} to this value; see {@link #serviceIpv4Cidr(String)}. */
    public KubernetesNetworkConfig serviceIpv4Cidr(Value<String> value) {
      return set("ServiceIpv4Cidr", value);
    }

    /**
     * The CIDR block that Kubernetes pod and service IP addresses are assigned from if you created
     * a 1.21 or later cluster with version 1.10.1 or later of the Amazon VPC CNI add-on and
     * specified <code>ipv6</code> for <em>ipFamily</em> when you created the cluster. Kubernetes
     * assigns service addresses from the unique local address range ( <code>fc00::/7</code> )
     * because you can't specify a custom IPv6 CIDR block when you create the cluster.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ServiceIpv6Cidr}.
     */
    public KubernetesNetworkConfig serviceIpv6Cidr(String value) {
      return set("ServiceIpv6Cidr", Value.of(value));
    }

    /** Sets {@code ServiceIpv6Cidr} to this value; see {@link #serviceIpv6Cidr(String)}. */
    public KubernetesNetworkConfig serviceIpv6Cidr(Value<String> value) {
      return set("ServiceIpv6Cidr", value);
    }
  }

  /**
   * Enable or disable exporting the Kubernetes control plane logs for your cluster to CloudWatch
   * Logs. By default, cluster control plane logs aren't exported to CloudWatch Logs. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html">Amazon EKS
   * Cluster control plane logs</a> in the <b>Amazon EKS User Guide</b> .
   *
   * <p>When updating a resource, you must include this <code>Logging</code> property if the
   * previous CloudFormation template of the resource had it. &gt; CloudWatch Logs ingestion,
   * archive storage, and data scanning rates apply to exported control plane logs. For more
   * information, see <a href="https://docs.aws.amazon.com/cloudwatch/pricing/">CloudWatch
   * Pricing</a> .
   *
   * <p>Property type {@code AWS::EKS::Cluster.Logging}.
   */
  public static final class Logging extends Struct<Logging> {
    private static final Schema SCHEMA = Schema.of("AWS::EKS::Cluster.Logging");

    public Logging() {
      super(SCHEMA);
    }

    /**
     * The cluster control plane logging configuration for your cluster.
     *
     * <p>CloudFormation property {@code ClusterLogging}.
     */
    public Logging clusterLogging(Value<ClusterLogging> value) {
      return set("ClusterLogging", value);
    }
  }

  /**
   * The enabled logging type. For a list of the valid logging types, see the <a
   * href="https://docs.aws.amazon.com/eks/latest/APIReference/API_LogSetup.html#AmazonEKS-Type-LogSetup-types"><code>types</code>
   * property of <code>LogSetup</code></a> in the <em>Amazon EKS API Reference</em> .
   *
   * <p>Property type {@code AWS::EKS::Cluster.LoggingTypeConfig}.
   */
  public static final class LoggingTypeConfig extends Struct<LoggingTypeConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Cluster.LoggingTypeConfig")
        .allowed("Type", "api", "audit", "authenticator", "controllerManager", "scheduler")
        .build();

    public LoggingTypeConfig() {
      super(SCHEMA);
    }

    /**
     * The name of the log type.
     *
     * <p>Allowed values: {@code api}, {@code audit}, {@code authenticator}, {@code
     * controllerManager}, {@code scheduler}. CloudFormation property {@code Type}.
     */
    public LoggingTypeConfig type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public LoggingTypeConfig type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The NodeResourcesFit plugin configuration for the Kubernetes scheduler.
   *
   * <p>Property type {@code AWS::EKS::Cluster.NodeResourcesFitConfig}.
   */
  public static final class NodeResourcesFitConfig extends Struct<NodeResourcesFitConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::EKS::Cluster.NodeResourcesFitConfig");

    public NodeResourcesFitConfig() {
      super(SCHEMA);
    }

    /**
     * The scoring strategy configuration for the NodeResourcesFit scheduler plugin.
     *
     * <p>CloudFormation property {@code ScoringStrategy}.
     */
    public NodeResourcesFitConfig scoringStrategy(Value<ScoringStrategy> value) {
      return set("ScoringStrategy", value);
    }
  }

  /**
   * The configuration of your local Amazon EKS cluster on an AWS Outpost. Before creating a cluster
   * on an Outpost, review <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/eks-outposts-local-cluster-create.html">Creating
   * a local cluster on an Outpost</a> in the <em>Amazon EKS User Guide</em> . This API isn't
   * available for Amazon EKS clusters on the AWS cloud.
   *
   * <p>Property type {@code AWS::EKS::Cluster.OutpostConfig}.
   */
  public static final class OutpostConfig extends Struct<OutpostConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Cluster.OutpostConfig")
        .required("ControlPlaneInstanceType", "OutpostArns")
        .build();

    public OutpostConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon EC2 instance type that you want to use for your local Amazon EKS cluster on
     * Outposts. Choose an instance type based on the number of nodes that your cluster will have.
     * For more information, see <a
     * href="https://docs.aws.amazon.com/eks/latest/userguide/eks-outposts-capacity-considerations.html">Capacity
     * considerations</a> in the <em>Amazon EKS User Guide</em> .
     *
     * <p>The instance type that you specify is used for all Kubernetes control plane instances. The
     * instance type can't be changed after cluster creation. The control plane is not automatically
     * scaled by Amazon EKS.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * ControlPlaneInstanceType}.
     */
    public OutpostConfig controlPlaneInstanceType(String value) {
      return set("ControlPlaneInstanceType", Value.of(value));
    }

    /**
     * Sets {@code ControlPlaneInstanceType} to this value; see {@link
     * #controlPlaneInstanceType(String)}.
     */
    public OutpostConfig controlPlaneInstanceType(Value<String> value) {
      return set("ControlPlaneInstanceType", value);
    }

    /**
     * An object representing the placement configuration for all the control plane instances of
     * your local Amazon EKS cluster on an AWS Outpost. For more information, see <a
     * href="https://docs.aws.amazon.com/eks/latest/userguide/eks-outposts-capacity-considerations.html">Capacity
     * considerations</a> in the <em>Amazon EKS User Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ControlPlanePlacement}.
     */
    public OutpostConfig controlPlanePlacement(Value<ControlPlanePlacement> value) {
      return set("ControlPlanePlacement", value);
    }

    /**
     * The EC2 instance type for etcd instances of your local Amazon EKS cluster on AWS Outposts.
     * This instance type applies to all etcd instances and cannot be changed after cluster
     * creation.
     *
     * <p>CloudFormation property {@code EtcdInstanceType}.
     */
    public OutpostConfig etcdInstanceType(String value) {
      return set("EtcdInstanceType", Value.of(value));
    }

    /** Sets {@code EtcdInstanceType} to this value; see {@link #etcdInstanceType(String)}. */
    public OutpostConfig etcdInstanceType(Value<String> value) {
      return set("EtcdInstanceType", value);
    }

    /**
     * The placement configuration for the etcd instances of your local Amazon EKS cluster on an AWS
     * Outpost.
     *
     * <p>CloudFormation property {@code EtcdPlacement}.
     */
    public OutpostConfig etcdPlacement(Value<EtcdPlacement> value) {
      return set("EtcdPlacement", value);
    }

    /**
     * The ARN of the Outpost that you want to use for your local Amazon EKS cluster on Outposts.
     * Only a single Outpost ARN is supported.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code OutpostArns}.
     */
    public OutpostConfig outpostArns(List<String> value) {
      return set("OutpostArns", Value.listOf(value));
    }

    /** Sets {@code OutpostArns} to this value; see {@link #outpostArns(List)}. */
    public OutpostConfig outpostArns(Value<List<String>> value) {
      return set("OutpostArns", value);
    }
  }

  /**
   * The pod garbage collector controller configuration.
   *
   * <p>Property type {@code AWS::EKS::Cluster.PodGcControllerConfig}.
   */
  public static final class PodGcControllerConfig extends Struct<PodGcControllerConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Cluster.PodGcControllerConfig")
        .constrain("TerminatedPodGcThreshold", Constraint.of().minimum(1).maximum(1000000))
        .build();

    public PodGcControllerConfig() {
      super(SCHEMA);
    }

    /**
     * The number of terminated pods that can exist before the terminated pod garbage collector
     * starts deleting them.
     *
     * <p>Range: 1 to 1000000. CloudFormation property {@code TerminatedPodGcThreshold}.
     */
    public PodGcControllerConfig terminatedPodGcThreshold(int value) {
      return set("TerminatedPodGcThreshold", Value.of(value));
    }

    /**
     * Sets {@code TerminatedPodGcThreshold} to this value; see {@link
     * #terminatedPodGcThreshold(int)}.
     */
    public PodGcControllerConfig terminatedPodGcThreshold(Value<Integer> value) {
      return set("TerminatedPodGcThreshold", value);
    }
  }

  /**
   * Identifies the AWS Key Management Service ( AWS ) key used to encrypt the secrets.
   *
   * <p>Property type {@code AWS::EKS::Cluster.Provider}.
   */
  public static final class Provider extends Struct<Provider> {
    private static final Schema SCHEMA = Schema.of("AWS::EKS::Cluster.Provider");

    public Provider() {
      super(SCHEMA);
    }

    /**
     * Amazon Resource Name (ARN) or alias of the KMS key. The KMS key must be symmetric and created
     * in the same AWS Region as the cluster. If the KMS key was created in a different account, the
     * <a
     * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html">IAM
     * principal</a> must have access to the KMS key. For more information, see <a
     * href="https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html">Allowing
     * users in other accounts to use a KMS key</a> in the <em>AWS Key Management Service Developer
     * Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code KeyArn}.
     */
    public Provider keyArn(String value) {
      return set("KeyArn", Value.of(value));
    }

    /** Sets {@code KeyArn} to this value; see {@link #keyArn(String)}. */
    public Provider keyArn(Value<String> value) {
      return set("KeyArn", value);
    }
  }

  /**
   * The configuration in the cluster for EKS Hybrid Nodes. You can add, change, or remove this
   * configuration after the cluster is created.
   *
   * <p>Property type {@code AWS::EKS::Cluster.RemoteNetworkConfig}.
   */
  public static final class RemoteNetworkConfig extends Struct<RemoteNetworkConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::EKS::Cluster.RemoteNetworkConfig");

    public RemoteNetworkConfig() {
      super(SCHEMA);
    }

    /**
     * The list of network CIDRs that can contain hybrid nodes.
     *
     * <p>These CIDR blocks define the expected IP address range of the hybrid nodes that join the
     * cluster. These blocks are typically determined by your network administrator.
     *
     * <p>Enter one or more IPv4 CIDR blocks in decimal dotted-quad notation (for example,
     * <code>10.2.0.0/16</code> ).
     *
     * <p>It must satisfy the following requirements:
     *
     * <ul> <li>Each block must be within an <code>IPv4</code> RFC-1918 network range. Minimum
     * allowed size is /32, maximum allowed size is /8. Publicly-routable addresses aren't
     * supported. <li>Each block cannot overlap with the range of the VPC CIDR blocks for your EKS
     * resources, or the block of the Kubernetes service IP range. <li>Each block must have a route
     * to the VPC that uses the VPC CIDR blocks, not public IPs or Elastic IPs. There are many
     * options including AWS Transit Gateway , AWS Site-to-Site VPN , or AWS Direct Connect .
     * <li>Each host must allow outbound connection to the EKS cluster control plane on TCP ports
     * <code>443</code> and <code>10250</code> . <li>Each host must allow inbound connection from
     * the EKS cluster control plane on TCP port 10250 for logs, exec and port-forward operations.
     * <li>Each host must allow TCP and UDP network connectivity to and from other hosts that are
     * running <code>CoreDNS</code> on UDP port <code>53</code> for service and pod DNS names. </ul>
     *
     * <p>CloudFormation property {@code RemoteNodeNetworks}.
     */
    public RemoteNetworkConfig remoteNodeNetworks(List<RemoteNodeNetwork> value) {
      return set("RemoteNodeNetworks", Value.listOf(value));
    }

    /** Sets {@code RemoteNodeNetworks} to this value; see {@link #remoteNodeNetworks(List)}. */
    public RemoteNetworkConfig remoteNodeNetworks(Value<List<RemoteNodeNetwork>> value) {
      return set("RemoteNodeNetworks", value);
    }

    /**
     * Sets {@code RemoteNodeNetworks} to a list of these; see {@link #remoteNodeNetworks(List)}.
     */
    public RemoteNetworkConfig remoteNodeNetworks(RemoteNodeNetwork... values) {
      return set("RemoteNodeNetworks", Value.list(values));
    }

    /**
     * The list of network CIDRs that can contain pods that run Kubernetes webhooks on hybrid nodes.
     *
     * <p>These CIDR blocks are determined by configuring your Container Network Interface (CNI)
     * plugin. We recommend the Calico CNI or Cilium CNI. Note that the Amazon VPC CNI plugin for
     * Kubernetes isn't available for on-premises and edge locations.
     *
     * <p>Enter one or more IPv4 CIDR blocks in decimal dotted-quad notation (for example,
     * <code>10.2.0.0/16</code> ).
     *
     * <p>It must satisfy the following requirements:
     *
     * <ul> <li>Each block must be within an <code>IPv4</code> RFC-1918 network range. Minimum
     * allowed size is /32, maximum allowed size is /8. Publicly-routable addresses aren't
     * supported. <li>Each block cannot overlap with the range of the VPC CIDR blocks for your EKS
     * resources, or the block of the Kubernetes service IP range. </ul>
     *
     * <p>CloudFormation property {@code RemotePodNetworks}.
     */
    public RemoteNetworkConfig remotePodNetworks(List<RemotePodNetwork> value) {
      return set("RemotePodNetworks", Value.listOf(value));
    }

    /** Sets {@code RemotePodNetworks} to this value; see {@link #remotePodNetworks(List)}. */
    public RemoteNetworkConfig remotePodNetworks(Value<List<RemotePodNetwork>> value) {
      return set("RemotePodNetworks", value);
    }

    /** Sets {@code RemotePodNetworks} to a list of these; see {@link #remotePodNetworks(List)}. */
    public RemoteNetworkConfig remotePodNetworks(RemotePodNetwork... values) {
      return set("RemotePodNetworks", Value.list(values));
    }
  }

  /**
   * A network CIDR that can contain hybrid nodes.
   *
   * <p>These CIDR blocks define the expected IP address range of the hybrid nodes that join the
   * cluster. These blocks are typically determined by your network administrator.
   *
   * <p>Enter one or more IPv4 CIDR blocks in decimal dotted-quad notation (for example,
   * <code>10.2.0.0/16</code> ).
   *
   * <p>It must satisfy the following requirements:
   *
   * <ul> <li>Each block must be within an <code>IPv4</code> RFC-1918 network range. Minimum allowed
   * size is /32, maximum allowed size is /8. Publicly-routable addresses aren't supported. <li>Each
   * block cannot overlap with the range of the VPC CIDR blocks for your EKS resources, or the block
   * of the Kubernetes service IP range. <li>Each block must have a route to the VPC that uses the
   * VPC CIDR blocks, not public IPs or Elastic IPs. There are many options including AWS Transit
   * Gateway , AWS Site-to-Site VPN , or AWS Direct Connect . <li>Each host must allow outbound
   * connection to the EKS cluster control plane on TCP ports <code>443</code> and
   * <code>10250</code> . <li>Each host must allow inbound connection from the EKS cluster control
   * plane on TCP port 10250 for logs, exec and port-forward operations. <li>Each host must allow
   * TCP and UDP network connectivity to and from other hosts that are running <code>CoreDNS</code>
   * on UDP port <code>53</code> for service and pod DNS names. </ul>
   *
   * <p>Property type {@code AWS::EKS::Cluster.RemoteNodeNetwork}.
   */
  public static final class RemoteNodeNetwork extends Struct<RemoteNodeNetwork> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Cluster.RemoteNodeNetwork")
        .required("Cidrs")
        .constrain("Cidrs", Constraint.of().format("ipv4-network"))
        .build();

    public RemoteNodeNetwork() {
      super(SCHEMA);
    }

    /**
     * A network CIDR that can contain hybrid nodes.
     *
     * <p>These CIDR blocks define the expected IP address range of the hybrid nodes that join the
     * cluster. These blocks are typically determined by your network administrator.
     *
     * <p>Enter one or more IPv4 CIDR blocks in decimal dotted-quad notation (for example,
     * <code>10.2.0.0/16</code> ).
     *
     * <p>It must satisfy the following requirements:
     *
     * <ul> <li>Each block must be within an <code>IPv4</code> RFC-1918 network range. Minimum
     * allowed size is /32, maximum allowed size is /8. Publicly-routable addresses aren't
     * supported. <li>Each block cannot overlap with the range of the VPC CIDR blocks for your EKS
     * resources, or the block of the Kubernetes service IP range. <li>Each block must have a route
     * to the VPC that uses the VPC CIDR blocks, not public IPs or Elastic IPs. There are many
     * options including AWS Transit Gateway , AWS Site-to-Site VPN , or AWS Direct Connect .
     * <li>Each host must allow outbound connection to the EKS cluster control plane on TCP ports
     * <code>443</code> and <code>10250</code> . <li>Each host must allow inbound connection from
     * the EKS cluster control plane on TCP port 10250 for logs, exec and port-forward operations.
     * <li>Each host must allow TCP and UDP network connectivity to and from other hosts that are
     * running <code>CoreDNS</code> on UDP port <code>53</code> for service and pod DNS names. </ul>
     *
     * <p>Required. Format: {@code ipv4-network}. CloudFormation property {@code Cidrs}.
     */
    public RemoteNodeNetwork cidrs(List<String> value) {
      return set("Cidrs", Value.listOf(value));
    }

    /** Sets {@code Cidrs} to this value; see {@link #cidrs(List)}. */
    public RemoteNodeNetwork cidrs(Value<List<String>> value) {
      return set("Cidrs", value);
    }
  }

  /**
   * A network CIDR that can contain pods that run Kubernetes webhooks on hybrid nodes.
   *
   * <p>These CIDR blocks are determined by configuring your Container Network Interface (CNI)
   * plugin. We recommend the Calico CNI or Cilium CNI. Note that the Amazon VPC CNI plugin for
   * Kubernetes isn't available for on-premises and edge locations.
   *
   * <p>Enter one or more IPv4 CIDR blocks in decimal dotted-quad notation (for example,
   * <code>10.2.0.0/16</code> ).
   *
   * <p>It must satisfy the following requirements:
   *
   * <ul> <li>Each block must be within an <code>IPv4</code> RFC-1918 network range. Minimum allowed
   * size is /32, maximum allowed size is /8. Publicly-routable addresses aren't supported. <li>Each
   * block cannot overlap with the range of the VPC CIDR blocks for your EKS resources, or the block
   * of the Kubernetes service IP range. </ul>
   *
   * <p>Property type {@code AWS::EKS::Cluster.RemotePodNetwork}.
   */
  public static final class RemotePodNetwork extends Struct<RemotePodNetwork> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Cluster.RemotePodNetwork")
        .required("Cidrs")
        .constrain("Cidrs", Constraint.of().format("ipv4-network"))
        .build();

    public RemotePodNetwork() {
      super(SCHEMA);
    }

    /**
     * A network CIDR that can contain pods that run Kubernetes webhooks on hybrid nodes.
     *
     * <p>These CIDR blocks are determined by configuring your Container Network Interface (CNI)
     * plugin. We recommend the Calico CNI or Cilium CNI. Note that the Amazon VPC CNI plugin for
     * Kubernetes isn't available for on-premises and edge locations.
     *
     * <p>Enter one or more IPv4 CIDR blocks in decimal dotted-quad notation (for example,
     * <code>10.2.0.0/16</code> ).
     *
     * <p>It must satisfy the following requirements:
     *
     * <ul> <li>Each block must be within an <code>IPv4</code> RFC-1918 network range. Minimum
     * allowed size is /32, maximum allowed size is /8. Publicly-routable addresses aren't
     * supported. <li>Each block cannot overlap with the range of the VPC CIDR blocks for your EKS
     * resources, or the block of the Kubernetes service IP range. </ul>
     *
     * <p>Required. Format: {@code ipv4-network}. CloudFormation property {@code Cidrs}.
     */
    public RemotePodNetwork cidrs(List<String> value) {
      return set("Cidrs", Value.listOf(value));
    }

    /** Sets {@code Cidrs} to this value; see {@link #cidrs(List)}. */
    public RemotePodNetwork cidrs(Value<List<String>> value) {
      return set("Cidrs", value);
    }
  }

  /**
   * A resource weight entry for the scheduler scoring strategy.
   *
   * <p>Property type {@code AWS::EKS::Cluster.ResourceWeight}.
   */
  public static final class ResourceWeight extends Struct<ResourceWeight> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Cluster.ResourceWeight")
        .constrain("Name", Constraint.of().minLength(1).maxLength(253))
        .constrain("Weight", Constraint.of().minimum(1).maximum(100))
        .build();

    public ResourceWeight() {
      super(SCHEMA);
    }

    /**
     * The name of the resource (for example, cpu or memory).
     *
     * <p>Length: 1 to 253 characters. CloudFormation property {@code Name}.
     */
    public ResourceWeight name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ResourceWeight name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The weight assigned to the resource for scoring. Must be between 1 and 100.
     *
     * <p>Range: 1 to 100. CloudFormation property {@code Weight}.
     */
    public ResourceWeight weight(int value) {
      return set("Weight", Value.of(value));
    }

    /** Sets {@code Weight} to this value; see {@link #weight(int)}. */
    public ResourceWeight weight(Value<Integer> value) {
      return set("Weight", value);
    }
  }

  /**
   * An object representing the VPC configuration to use for an Amazon EKS cluster.
   *
   * <p>When updating a resource, you must include these properties if the previous CloudFormation
   * template of the resource had them: - <code>EndpointPublicAccess</code> -
   * <code>EndpointPrivateAccess</code> - <code>PublicAccessCidrs</code>
   *
   * <p>Property type {@code AWS::EKS::Cluster.ResourcesVpcConfig}.
   */
  public static final class ResourcesVpcConfig extends Struct<ResourcesVpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Cluster.ResourcesVpcConfig")
        .required("SubnetIds")
        .allowed("ControlPlaneEgressMode", "AWS_MANAGED", "CUSTOMER_ISOLATED", "CUSTOMER_ROUTED")
        .constrain("SecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .references("SecurityGroupIds", "AWS::EC2::SecurityGroup.GroupId")
        .references("SubnetIds", "AWS::EC2::Subnet.Ref")
        .build();

    public ResourcesVpcConfig() {
      super(SCHEMA);
    }

    /**
     * Specify the egress mode for the cluster control plane. If you set this to CUSTOMER_ROUTED,
     * the control plane routes traffic through your VPC subnets instead of using AWS managed
     * networking.
     *
     * <p>Allowed values: {@code AWS_MANAGED}, {@code CUSTOMER_ISOLATED}, {@code CUSTOMER_ROUTED}.
     * CloudFormation property {@code ControlPlaneEgressMode}.
     */
    public ResourcesVpcConfig controlPlaneEgressMode(String value) {
      return set("ControlPlaneEgressMode", Value.of(value));
    }

    /**
     * Sets {@code ControlPlaneEgressMode} to this value; see {@link
     * #controlPlaneEgressMode(String)}.
     */
    public ResourcesVpcConfig controlPlaneEgressMode(Value<String> value) {
      return set("ControlPlaneEgressMode", value);
    }

    /**
     * Set this value to <code>true</code> to enable private access for your cluster's Kubernetes
     * API server endpoint. If you enable private access, Kubernetes API requests from within your
     * cluster's VPC use the private VPC endpoint. The default value for this parameter is
     * <code>false</code> , which disables private access for your Kubernetes API server. If you
     * disable private access and you have nodes or AWS Fargate pods in the cluster, then ensure
     * that <code>publicAccessCidrs</code> includes the necessary CIDR blocks for communication with
     * the nodes or Fargate pods. For more information, see <a
     * href="https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html">Cluster API
     * server endpoint</a> in the <b>Amazon EKS User Guide</b> .
     *
     * <p>CloudFormation property {@code EndpointPrivateAccess}.
     */
    public ResourcesVpcConfig endpointPrivateAccess(boolean value) {
      return set("EndpointPrivateAccess", Value.of(value));
    }

    /**
     * Sets {@code EndpointPrivateAccess} to this value; see {@link
     * #endpointPrivateAccess(boolean)}.
     */
    public ResourcesVpcConfig endpointPrivateAccess(Value<Boolean> value) {
      return set("EndpointPrivateAccess", value);
    }

    /**
     * Set this value to <code>false</code> to disable public access to your cluster's Kubernetes
     * API server endpoint. If you disable public access, your cluster's Kubernetes API server can
     * only receive requests from within the cluster VPC. The default value for this parameter is
     * <code>true</code> , which enables public access for your Kubernetes API server. The endpoint
     * domain name and IP address family depends on the value of the <code>ipFamily</code> for the
     * cluster. For more information, see <a
     * href="https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html">Cluster API
     * server endpoint</a> in the <b>Amazon EKS User Guide</b> .
     *
     * <p>CloudFormation property {@code EndpointPublicAccess}.
     */
    public ResourcesVpcConfig endpointPublicAccess(boolean value) {
      return set("EndpointPublicAccess", Value.of(value));
    }

    /**
     * Sets {@code EndpointPublicAccess} to this value; see {@link #endpointPublicAccess(boolean)}.
     */
    public ResourcesVpcConfig endpointPublicAccess(Value<Boolean> value) {
      return set("EndpointPublicAccess", value);
    }

    /**
     * The CIDR blocks that are allowed access to your cluster's public Kubernetes API server
     * endpoint. Communication to the endpoint from addresses outside of the CIDR blocks that you
     * specify is denied. The default value is <code>0.0.0.0/0</code> and additionally
     * <code>::/0</code> for dual-stack <code>IPv6</code> clusters. If you've disabled private
     * endpoint access, make sure that you specify the necessary CIDR blocks for every node and AWS
     * Fargate <code>Pod</code> in the cluster. For more information, see <a
     * href="https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html">Cluster API
     * server endpoint</a> in the <b>Amazon EKS User Guide</b> .
     *
     * <p>Note that the public endpoints are dual-stack for only <code>IPv6</code> clusters that are
     * made after October 2024. You can't add <code>IPv6</code> CIDR blocks to <code>IPv4</code>
     * clusters or <code>IPv6</code> clusters that were made before October 2024.
     *
     * <p>CloudFormation property {@code PublicAccessCidrs}.
     */
    public ResourcesVpcConfig publicAccessCidrs(List<String> value) {
      return set("PublicAccessCidrs", Value.listOf(value));
    }

    /** Sets {@code PublicAccessCidrs} to this value; see {@link #publicAccessCidrs(List)}. */
    public ResourcesVpcConfig publicAccessCidrs(Value<List<String>> value) {
      return set("PublicAccessCidrs", value);
    }

    /**
     * Specify one or more security groups for the cross-account elastic network interfaces that
     * Amazon EKS creates to use that allow communication between your nodes and the Kubernetes
     * control plane. If you don't specify any security groups, then familiarize yourself with the
     * difference between Amazon EKS defaults for clusters deployed with Kubernetes. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/eks/latest/userguide/sec-group-reqs.html">Amazon EKS
     * security group considerations</a> in the <b>Amazon EKS User Guide</b> .
     *
     * <p>Changing it replaces the resource. Format: {@code AWS::EC2::SecurityGroup.Id}.
     * CloudFormation property {@code SecurityGroupIds}.
     */
    public ResourcesVpcConfig securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public ResourcesVpcConfig securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * Sets {@code SecurityGroupIds} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see
     * {@link #securityGroupIds(List)}.
     */
    public ResourcesVpcConfig securityGroupIds(SecurityGroup... resources) {
      return set("SecurityGroupIds", Value.attributes("GroupId", resources));
    }

    /**
     * Specify subnets for your Amazon EKS nodes. Amazon EKS creates cross-account elastic network
     * interfaces in these subnets to allow communication between your nodes and the Kubernetes
     * control plane.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code SubnetIds}.
     */
    public ResourcesVpcConfig subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public ResourcesVpcConfig subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }

    /**
     * Sets {@code SubnetIds} to the Ref of each {@code AWS::EC2::Subnet}; see {@link
     * #subnetIds(List)}.
     */
    public ResourcesVpcConfig subnetIds(Subnet... resources) {
      return set("SubnetIds", Value.refs(resources));
    }
  }

  /**
   * The rollback configuration to use for the cluster version rollback.
   *
   * <p>Property type {@code AWS::EKS::Cluster.RollbackConfig}.
   */
  public static final class RollbackConfig extends Struct<RollbackConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Cluster.RollbackConfig")
        .constrain("TimeoutMinutes", Constraint.of().minimum(120).maximum(10080))
        .build();

    public RollbackConfig() {
      super(SCHEMA);
    }

    /**
     * The timeout in minutes for the version rollback operation. If not specified, defaults to 720
     * minutes (12 hours).
     *
     * <p>Range: 120 to 10080. CloudFormation property {@code TimeoutMinutes}.
     */
    public RollbackConfig timeoutMinutes(int value) {
      return set("TimeoutMinutes", Value.of(value));
    }

    /** Sets {@code TimeoutMinutes} to this value; see {@link #timeoutMinutes(int)}. */
    public RollbackConfig timeoutMinutes(Value<Integer> value) {
      return set("TimeoutMinutes", value);
    }
  }

  /**
   * The scoring strategy configuration for the NodeResourcesFit scheduler plugin.
   *
   * <p>Property type {@code AWS::EKS::Cluster.ScoringStrategy}.
   */
  public static final class ScoringStrategy extends Struct<ScoringStrategy> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Cluster.ScoringStrategy")
        .allowed("Type", "LeastAllocated", "MostAllocated")
        .build();

    public ScoringStrategy() {
      super(SCHEMA);
    }

    /**
     * The resource weights used for scoring nodes.
     *
     * <p>CloudFormation property {@code Resources}.
     */
    public ScoringStrategy resources(List<ResourceWeight> value) {
      return set("Resources", Value.listOf(value));
    }

    /** Sets {@code Resources} to this value; see {@link #resources(List)}. */
    public ScoringStrategy resources(Value<List<ResourceWeight>> value) {
      return set("Resources", value);
    }

    /** Sets {@code Resources} to a list of these; see {@link #resources(List)}. */
    public ScoringStrategy resources(ResourceWeight... values) {
      return set("Resources", Value.list(values));
    }

    /**
     * The scoring strategy type (LeastAllocated or MostAllocated).
     *
     * <p>Allowed values: {@code LeastAllocated}, {@code MostAllocated}. CloudFormation property
     * {@code Type}.
     */
    public ScoringStrategy type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ScoringStrategy type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The port range for Kubernetes NodePort services.
   *
   * <p>Property type {@code AWS::EKS::Cluster.ServiceNodePortRange}.
   */
  public static final class ServiceNodePortRange extends Struct<ServiceNodePortRange> {
    private static final Schema SCHEMA = Schema.of("AWS::EKS::Cluster.ServiceNodePortRange");

    public ServiceNodePortRange() {
      super(SCHEMA);
    }

    /**
     * The maximum port number in the range.
     *
     * <p>CloudFormation property {@code MaxPort}.
     */
    public ServiceNodePortRange maxPort(int value) {
      return set("MaxPort", Value.of(value));
    }

    /** Sets {@code MaxPort} to this value; see {@link #maxPort(int)}. */
    public ServiceNodePortRange maxPort(Value<Integer> value) {
      return set("MaxPort", value);
    }

    /**
     * The minimum port number in the range.
     *
     * <p>CloudFormation property {@code MinPort}.
     */
    public ServiceNodePortRange minPort(int value) {
      return set("MinPort", Value.of(value));
    }

    /** Sets {@code MinPort} to this value; see {@link #minPort(int)}. */
    public ServiceNodePortRange minPort(Value<Integer> value) {
      return set("MinPort", value);
    }
  }

  /**
   * Request to update the configuration of the storage capability of your EKS Auto Mode cluster.
   * For example, enable the capability. For more information, see EKS Auto Mode block storage
   * capability in the <em>Amazon EKS User Guide</em> .
   *
   * <p>Property type {@code AWS::EKS::Cluster.StorageConfig}.
   */
  public static final class StorageConfig extends Struct<StorageConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::EKS::Cluster.StorageConfig");

    public StorageConfig() {
      super(SCHEMA);
    }

    /**
     * Request to configure EBS Block Storage settings for your EKS Auto Mode cluster.
     *
     * <p>CloudFormation property {@code BlockStorage}.
     */
    public StorageConfig blockStorage(Value<BlockStorage> value) {
      return set("BlockStorage", value);
    }
  }

  /**
   * The support policy to use for the cluster. Extended support allows you to remain on specific
   * Kubernetes versions for longer. Clusters in extended support have higher costs. The default
   * value is <code>EXTENDED</code> . Use <code>STANDARD</code> to disable extended support.
   *
   * <p><a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/extended-support-control.html">Learn
   * more about EKS Extended Support in the <em>Amazon EKS User Guide</em> .</a>
   *
   * <p>Property type {@code AWS::EKS::Cluster.UpgradePolicy}.
   */
  public static final class UpgradePolicy extends Struct<UpgradePolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Cluster.UpgradePolicy")
        .allowed("SupportType", "STANDARD", "EXTENDED")
        .build();

    public UpgradePolicy() {
      super(SCHEMA);
    }

    /**
     * If the cluster is set to <code>EXTENDED</code> , it will enter extended support at the end of
     * standard support. If the cluster is set to <code>STANDARD</code> , it will be automatically
     * upgraded at the end of standard support.
     *
     * <p><a
     * href="https://docs.aws.amazon.com/eks/latest/userguide/extended-support-control.html">Learn
     * more about EKS Extended Support in the <em>Amazon EKS User Guide</em> .</a>
     *
     * <p>Allowed values: {@code STANDARD}, {@code EXTENDED}. CloudFormation property {@code
     * SupportType}.
     */
    public UpgradePolicy supportType(String value) {
      return set("SupportType", Value.of(value));
    }

    /** Sets {@code SupportType} to this value; see {@link #supportType(String)}. */
    public UpgradePolicy supportType(Value<String> value) {
      return set("SupportType", value);
    }
  }

  /**
   * The configuration for zonal shift for the cluster.
   *
   * <p>Property type {@code AWS::EKS::Cluster.ZonalShiftConfig}.
   */
  public static final class ZonalShiftConfig extends Struct<ZonalShiftConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::EKS::Cluster.ZonalShiftConfig");

    public ZonalShiftConfig() {
      super(SCHEMA);
    }

    /**
     * If zonal shift is enabled, AWS configures zonal autoshift for the cluster.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public ZonalShiftConfig enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public ZonalShiftConfig enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }
}
