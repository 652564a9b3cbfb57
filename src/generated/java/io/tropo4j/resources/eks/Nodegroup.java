// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.eks;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.LaunchTemplate;
import io.tropo4j.resources.ec2.Subnet;
import io.tropo4j.resources.iam.Role;
import java.util.List;
import java.util.Map;

/**
 * Creates a managed node group for an Amazon EKS cluster.
 *
 * <p>You can only create a node group for your cluster that is equal to the current Kubernetes
 * version for the cluster. All node groups are created with the latest AMI release version for the
 * respective minor Kubernetes version of the cluster, unless you deploy a custom AMI using a launch
 * template.
 *
 * <p>For later updates, you will only be able to update a node group using a launch template only
 * if it was originally deployed with a launch template. Additionally, the launch template ID or
 * name must match what was used when the node group was created. You can update the launch template
 * version with necessary changes. For more information about using launch templates, see <a
 * href="https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html">Customizing managed
 * nodes with launch templates</a> .
 *
 * <p>An Amazon EKS managed node group is an Amazon EC2 Auto Scaling group and associated Amazon EC2
 * instances that are managed by AWS for an Amazon EKS cluster. For more information, see <a
 * href="https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html">Managed node
 * groups</a> in the <em>Amazon EKS User Guide</em> .
 *
 * <p>Windows AMI types are only supported for commercial AWS Regions that support Windows on Amazon
 * EKS.
 *
 * <p>CloudFormation type {@code AWS::EKS::Nodegroup}.
 */
public final class Nodegroup extends Resource<Nodegroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::EKS::Nodegroup")
      .required("ClusterName", "NodeRole", "Subnets")
      .allowed("AmiType", "AL2023_ARM_64_NVIDIA", "AL2023_ARM_64_STANDARD", "AL2023_x86_64_NEURON",
          "AL2023_x86_64_NVIDIA", "AL2023_x86_64_STANDARD", "AL2_ARM_64", "AL2_x86_64",
          "AL2_x86_64_GPU", "BOTTLEROCKET_ARM_64", "BOTTLEROCKET_ARM_64_FIPS",
          "BOTTLEROCKET_ARM_64_NVIDIA", "BOTTLEROCKET_ARM_64_NVIDIA_FIPS", "BOTTLEROCKET_x86_64",
          "BOTTLEROCKET_x86_64_FIPS", "BOTTLEROCKET_x86_64_NVIDIA",
          "BOTTLEROCKET_x86_64_NVIDIA_FIPS", "CUSTOM", "WINDOWS_CORE_2019_x86_64",
          "WINDOWS_CORE_2022_x86_64", "WINDOWS_CORE_2025_x86_64", "WINDOWS_FULL_2019_x86_64",
          "WINDOWS_FULL_2022_x86_64", "WINDOWS_FULL_2025_x86_64")
      .allowed("CapacityType", "CAPACITY_BLOCK", "ON_DEMAND", "OnDemand", "SPOT")
      .constrain("ClusterName", Constraint.of().minLength(1))
      .references("ClusterName", "AWS::EKS::Cluster.Ref")
      .references("NodeRole", "AWS::IAM::Role.Arn")
      .constrain("NodegroupName", Constraint.of().minLength(1))
      .constrain("Subnets", Constraint.of().format("AWS::EC2::Subnet.Id"))
      .references("Subnets", "AWS::EC2::Subnet.Ref")
      .refYields("Id")
      .attributes("Arn", "ClusterName", "Id", "NodegroupName")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Nodegroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The AMI type for your node group. If you specify <code>launchTemplate</code> , and your launch
   * template uses a custom AMI, then don't specify <code>amiType</code> , or the node group
   * deployment will fail. If your launch template uses a Windows custom AMI, then add
   * <code>eks:kube-proxy-windows</code> to your Windows nodes <code>rolearn</code> in the
   * <code>aws-auth</code> <code>ConfigMap</code> . For more information about using launch
   * templates with Amazon EKS, see <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html">Customizing
   * managed nodes with launch templates</a> in the <em>Amazon EKS User Guide</em> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code AL2023_ARM_64_NVIDIA}, {@code
   * AL2023_ARM_64_STANDARD}, {@code AL2023_x86_64_NEURON}, {@code AL2023_x86_64_NVIDIA}, {@code
   * AL2023_x86_64_STANDARD}, {@code AL2_ARM_64}, {@code AL2_x86_64}, {@code AL2_x86_64_GPU}, {@code
   * BOTTLEROCKET_ARM_64}, {@code BOTTLEROCKET_ARM_64_FIPS}, {@code BOTTLEROCKET_ARM_64_NVIDIA},
   * {@code BOTTLEROCKET_ARM_64_NVIDIA_FIPS}, {@code BOTTLEROCKET_x86_64}, {@code
   * BOTTLEROCKET_x86_64_FIPS}, {@code BOTTLEROCKET_x86_64_NVIDIA}, {@code
   * BOTTLEROCKET_x86_64_NVIDIA_FIPS}, {@code CUSTOM}, {@code WINDOWS_CORE_2019_x86_64}, {@code
   * WINDOWS_CORE_2022_x86_64}, {@code WINDOWS_CORE_2025_x86_64}, {@code WINDOWS_FULL_2019_x86_64},
   * {@code WINDOWS_FULL_2022_x86_64}, {@code WINDOWS_FULL_2025_x86_64}. CloudFormation property
   * {@code AmiType}.
   */
  public Nodegroup amiType(String value) {
    return set("AmiType", Value.of(value));
  }

  /** Sets {@code AmiType} to this value; see {@link #amiType(String)}. */
  public Nodegroup amiType(Value<String> value) {
    return set("AmiType", value);
  }

  /**
   * The capacity type of your managed node group.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code CAPACITY_BLOCK}, {@code
   * ON_DEMAND}, {@code OnDemand}, {@code SPOT}. CloudFormation property {@code CapacityType}.
   */
  public Nodegroup capacityType(String value) {
    return set("CapacityType", Value.of(value));
  }

  /** Sets {@code CapacityType} to this value; see {@link #capacityType(String)}. */
  public Nodegroup capacityType(Value<String> value) {
    return set("CapacityType", value);
  }

  /**
   * The name of your cluster.
   *
   * <p>Required. Changing it replaces the resource. Length: at least 1 characters. CloudFormation
   * property {@code ClusterName}.
   */
  public Nodegroup clusterName(String value) {
    return set("ClusterName", Value.of(value));
  }

  /** Sets {@code ClusterName} to this value; see {@link #clusterName(String)}. */
  public Nodegroup clusterName(Value<String> value) {
    return set("ClusterName", value);
  }

  /**
   * Sets {@code ClusterName} to the Ref of {@code AWS::EKS::Cluster}; see {@link
   * #clusterName(String)}.
   */
  public Nodegroup clusterName(Cluster resource) {
    return set("ClusterName", resource.ref());
  }

  /**
   * The root device disk size (in GiB) for your node group instances. The default disk size is 20
   * GiB for Linux and Bottlerocket. The default disk size is 50 GiB for Windows. If you specify
   * <code>launchTemplate</code> , then don't specify <code>diskSize</code> , or the node group
   * deployment will fail. For more information about using launch templates with Amazon EKS, see <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html">Customizing
   * managed nodes with launch templates</a> in the <em>Amazon EKS User Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DiskSize}.
   */
  public Nodegroup diskSize(int value) {
    return set("DiskSize", Value.of(value));
  }

  /** Sets {@code DiskSize} to this value; see {@link #diskSize(int)}. */
  public Nodegroup diskSize(Value<Integer> value) {
    return set("DiskSize", value);
  }

  /**
   * Force the update if any <code>Pod</code> on the existing node group can't be drained due to a
   * <code>Pod</code> disruption budget issue. If an update fails because all Pods can't be drained,
   * you can force the update after it fails to terminate the old node whether or not any
   * <code>Pod</code> is running on the node.
   *
   * <p>Default: {@code false}. CloudFormation property {@code ForceUpdateEnabled}.
   */
  public Nodegroup forceUpdateEnabled(boolean value) {
    return set("ForceUpdateEnabled", Value.of(value));
  }

  /** Sets {@code ForceUpdateEnabled} to this value; see {@link #forceUpdateEnabled(boolean)}. */
  public Nodegroup forceUpdateEnabled(Value<Boolean> value) {
    return set("ForceUpdateEnabled", value);
  }

  /**
   * Specify the instance types for a node group. If you specify a GPU instance type, make sure to
   * also specify an applicable GPU AMI type with the <code>amiType</code> parameter. If you specify
   * <code>launchTemplate</code> , then you can specify zero or one instance type in your launch
   * template <em>or</em> you can specify 0-20 instance types for <code>instanceTypes</code> . If
   * however, you specify an instance type in your launch template <em>and</em> specify any
   * <code>instanceTypes</code> , the node group deployment will fail. If you don't specify an
   * instance type in a launch template or for <code>instanceTypes</code> , then
   * <code>t3.medium</code> is used, by default. If you specify <code>Spot</code> for
   * <code>capacityType</code> , then we recommend specifying multiple values for
   * <code>instanceTypes</code> . For more information, see <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html#managed-node-group-capacity-types">Managed
   * node group capacity types</a> and <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html">Customizing
   * managed nodes with launch templates</a> in the <em>Amazon EKS User Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code InstanceTypes}.
   */
  public Nodegroup instanceTypes(List<String> value) {
    return set("InstanceTypes", Value.listOf(value));
  }

  /** Sets {@code InstanceTypes} to this value; see {@link #instanceTypes(List)}. */
  public Nodegroup instanceTypes(Value<List<String>> value) {
    return set("InstanceTypes", value);
  }

  /**
   * The Kubernetes <code>labels</code> applied to the nodes in the node group.
   *
   * <p>Only <code>labels</code> that are applied with the Amazon EKS API are shown here. There may
   * be other Kubernetes <code>labels</code> applied to the nodes in this group.
   *
   * <p>CloudFormation property {@code Labels}.
   */
  public Nodegroup labels(Map<String, String> value) {
    return set("Labels", Value.mapOf(value));
  }

  /** Sets {@code Labels} to this value; see {@link #labels(Map)}. */
  public Nodegroup labels(Value<Map<String, String>> value) {
    return set("Labels", value);
  }

  /**
   * An object representing a node group's launch template specification. When using this object,
   * don't directly specify <code>instanceTypes</code> , <code>diskSize</code> , or
   * <code>remoteAccess</code> . You cannot later specify a different launch template ID or name
   * than what was used to create the node group.
   *
   * <p>Make sure that the launch template meets the requirements in
   * <code>launchTemplateSpecification</code> . Also refer to <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html">Customizing
   * managed nodes with launch templates</a> in the <em>Amazon EKS User Guide</em> .
   *
   * <p>CloudFormation property {@code LaunchTemplate}.
   */
  public Nodegroup launchTemplate(Value<LaunchTemplateSpecification> value) {
    return set("LaunchTemplate", value);
  }

  /**
   * The node auto repair configuration for the node group.
   *
   * <p>CloudFormation property {@code NodeRepairConfig}.
   */
  public Nodegroup nodeRepairConfig(Value<NodeRepairConfig> value) {
    return set("NodeRepairConfig", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role to associate with your node group. The Amazon
   * EKS worker node <code>kubelet</code> daemon makes calls to AWS APIs on your behalf. Nodes
   * receive permissions for these API calls through an IAM instance profile and associated
   * policies. Before you can launch nodes and register them into a cluster, you must create an IAM
   * role for those nodes to use when they are launched. For more information, see <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/create-node-role.html">Amazon EKS node
   * IAM role</a> in the <b>Amazon EKS User Guide</b> . If you specify <code>launchTemplate</code> ,
   * then don't specify <code><a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IamInstanceProfile.html">IamInstanceProfile</a></code>
   * in your launch template, or the node group deployment will fail. For more information about
   * using launch templates with Amazon EKS, see <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html">Customizing
   * managed nodes with launch templates</a> in the <em>Amazon EKS User Guide</em> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code NodeRole}.
   */
  public Nodegroup nodeRole(String value) {
    return set("NodeRole", Value.of(value));
  }

  /** Sets {@code NodeRole} to this value; see {@link #nodeRole(String)}. */
  public Nodegroup nodeRole(Value<String> value) {
    return set("NodeRole", value);
  }

  /** Sets {@code NodeRole} to the Arn of {@code AWS::IAM::Role}; see {@link #nodeRole(String)}. */
  public Nodegroup nodeRole(Role resource) {
    return set("NodeRole", resource.arn());
  }

  /**
   * The unique name to give your node group.
   *
   * <p>Changing it replaces the resource. Length: at least 1 characters. CloudFormation property
   * {@code NodegroupName}.
   */
  public Nodegroup nodegroupName(String value) {
    return set("NodegroupName", Value.of(value));
  }

  /** Sets {@code NodegroupName} to this value; see {@link #nodegroupName(String)}. */
  public Nodegroup nodegroupName(Value<String> value) {
    return set("NodegroupName", value);
  }

  /**
   * The AMI version of the Amazon EKS optimized AMI to use with your node group (for example,
   * <code>1.14.7- <em>YYYYMMDD</em></code> ). By default, the latest available AMI version for the
   * node group's current Kubernetes version is used. For more information, see <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/eks-linux-ami-versions.html">Amazon EKS
   * optimized Linux AMI Versions</a> in the <em>Amazon EKS User Guide</em> .
   *
   * <p>Changing this value triggers an update of the node group if one is available. You can't
   * update other properties at the same time as updating <code>Release Version</code> .
   *
   * <p>CloudFormation property {@code ReleaseVersion}.
   */
  public Nodegroup releaseVersion(String value) {
    return set("ReleaseVersion", Value.of(value));
  }

  /** Sets {@code ReleaseVersion} to this value; see {@link #releaseVersion(String)}. */
  public Nodegroup releaseVersion(Value<String> value) {
    return set("ReleaseVersion", value);
  }

  /**
   * The remote access configuration to use with your node group. For Linux, the protocol is SSH.
   * For Windows, the protocol is RDP. If you specify <code>launchTemplate</code> , then don't
   * specify <code>remoteAccess</code> , or the node group deployment will fail. For more
   * information about using launch templates with Amazon EKS, see <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html">Customizing
   * managed nodes with launch templates</a> in the <em>Amazon EKS User Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code RemoteAccess}.
   */
  public Nodegroup remoteAccess(Value<RemoteAccess> value) {
    return set("RemoteAccess", value);
  }

  /**
   * The scaling configuration details for the Auto Scaling group that is created for your node
   * group.
   *
   * <p>CloudFormation property {@code ScalingConfig}.
   */
  public Nodegroup scalingConfig(Value<ScalingConfig> value) {
    return set("ScalingConfig", value);
  }

  /**
   * The subnets to use for the Auto Scaling group that is created for your node group. If you
   * specify <code>launchTemplate</code> , then don't specify <code><a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateNetworkInterface.html">SubnetId</a></code>
   * in your launch template, or the node group deployment will fail. For more information about
   * using launch templates with Amazon EKS, see <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html">Customizing
   * managed nodes with launch templates</a> in the <em>Amazon EKS User Guide</em> .
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::Subnet.Id}.
   * CloudFormation property {@code Subnets}.
   */
  public Nodegroup subnets(List<String> value) {
    return set("Subnets", Value.listOf(value));
  }

  /** Sets {@code Subnets} to this value; see {@link #subnets(List)}. */
  public Nodegroup subnets(Value<List<String>> value) {
    return set("Subnets", value);
  }

  /**
   * Sets {@code Subnets} to the Ref of each {@code AWS::EC2::Subnet}; see {@link #subnets(List)}.
   */
  public Nodegroup subnets(Subnet... resources) {
    return set("Subnets", Value.refs(resources));
  }

  /**
   * Metadata that assists with categorization and organization. Each tag consists of a key and an
   * optional value. You define both. Tags don't propagate to any other cluster or AWS resources.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Nodegroup tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Nodegroup tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Nodegroup tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Kubernetes taints to be applied to the nodes in the node group when they are created.
   * Effect is one of <code>No_Schedule</code> , <code>Prefer_No_Schedule</code> , or
   * <code>No_Execute</code> . Kubernetes taints can be used together with tolerations to control
   * how workloads are scheduled to your nodes. For more information, see <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/node-taints-managed-node-groups.html">Node
   * taints on managed node groups</a> .
   *
   * <p>CloudFormation property {@code Taints}.
   */
  public Nodegroup taints(List<Taint> value) {
    return set("Taints", Value.listOf(value));
  }

  /** Sets {@code Taints} to this value; see {@link #taints(List)}. */
  public Nodegroup taints(Value<List<Taint>> value) {
    return set("Taints", value);
  }

  /** Sets {@code Taints} to a list of these; see {@link #taints(List)}. */
  public Nodegroup taints(Taint... values) {
    return set("Taints", Value.list(values));
  }

  /**
   * The node group update configuration.
   *
   * <p>CloudFormation property {@code UpdateConfig}.
   */
  public Nodegroup updateConfig(Value<UpdateConfig> value) {
    return set("UpdateConfig", value);
  }

  /**
   * The Kubernetes version to use for your managed nodes. By default, the Kubernetes version of the
   * cluster is used, and this is the only accepted specified value. If you specify
   * <code>launchTemplate</code> , and your launch template uses a custom AMI, then don't specify
   * <code>version</code> , or the node group deployment will fail. For more information about using
   * launch templates with Amazon EKS, see <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html">Launch template
   * support</a> in the <em>Amazon EKS User Guide</em> .
   *
   * <p>You can't update other properties at the same time as updating <code>Version</code> .
   *
   * <p>CloudFormation property {@code Version}.
   */
  public Nodegroup version(String value) {
    return set("Version", Value.of(value));
  }

  /** Sets {@code Version} to this value; see {@link #version(String)}. */
  public Nodegroup version(Value<String> value) {
    return set("Version", value);
  }

  /**
   * The warm pool configuration for the node group.
   *
   * <p>CloudFormation property {@code WarmPoolConfig}.
   */
  public Nodegroup warmPoolConfig(Value<WarmPoolConfig> value) {
    return set("WarmPoolConfig", value);
  }

  /**
   * The Amazon Resource Name (ARN) associated with the managed node group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The name of your cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClusterName}.
   */
  public Value<String> clusterName() {
    return getAtt("ClusterName");
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The name associated with an Amazon EKS managed node group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NodegroupName}.
   */
  public Value<String> nodegroupName() {
    return getAtt("NodegroupName");
  }

  /**
   * An object representing a node group launch template specification. The launch template can't
   * include <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateNetworkInterface.html"><code>SubnetId</code></a>
   * , <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IamInstanceProfile.html"><code>IamInstanceProfile</code></a>
   * , <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RequestSpotInstances.html"><code>RequestSpotInstances</code></a>
   * , <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_HibernationOptionsRequest.html"><code>HibernationOptions</code></a>
   * , or <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_TerminateInstances.html"><code>TerminateInstances</code></a>
   * , or the node group deployment or update will fail. For more information about launch
   * templates, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateLaunchTemplate.html"><code>CreateLaunchTemplate</code></a>
   * in the Amazon EC2 API Reference. For more information about using launch templates with Amazon
   * EKS, see <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html">Customizing
   * managed nodes with launch templates</a> in the <em>Amazon EKS User Guide</em> .
   *
   * <p>You must specify either the launch template ID or the launch template name in the request,
   * but not both.
   *
   * <p>Property type {@code AWS::EKS::Nodegroup.LaunchTemplateSpecification}.
   */
  public static final class LaunchTemplateSpecification extends Struct<LaunchTemplateSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Nodegroup.LaunchTemplateSpecification")
        .constrain("Id", Constraint.of().minLength(1))
        .references("Id", "AWS::EC2::LaunchTemplate.Ref")
        .constrain("Name", Constraint.of().minLength(1))
        .constrain("Version", Constraint.of().minLength(1))
        .build();

    public LaunchTemplateSpecification() {
      super(SCHEMA);
    }

    /**
     * The ID of the launch template.
     *
     * <p>You must specify either the launch template ID or the launch template name in the request,
     * but not both. After node group creation, you cannot use a different ID.
     *
     * <p>Length: at least 1 characters. CloudFormation property {@code Id}.
     */
    public LaunchTemplateSpecification id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public LaunchTemplateSpecification id(Value<String> value) {
      return set("Id", value);
    }

    /** Sets {@code Id} to the Ref of {@code AWS::EC2::LaunchTemplate}; see {@link #id(String)}. */
    public LaunchTemplateSpecification id(LaunchTemplate resource) {
      return set("Id", resource.ref());
    }

    /**
     * The name of the launch template.
     *
     * <p>You must specify either the launch template name or the launch template ID in the request,
     * but not both. After node group creation, you cannot use a different name.
     *
     * <p>Length: at least 1 characters. CloudFormation property {@code Name}.
     */
    public LaunchTemplateSpecification name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public LaunchTemplateSpecification name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The version number of the launch template to use. If no version is specified, then the
     * template's default version is used. You can use a different version for node group updates.
     *
     * <p>Length: at least 1 characters. CloudFormation property {@code Version}.
     */
    public LaunchTemplateSpecification version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public LaunchTemplateSpecification version(Value<String> value) {
      return set("Version", value);
    }
  }

  /**
   * The node auto repair configuration for the node group.
   *
   * <p>Property type {@code AWS::EKS::Nodegroup.NodeRepairConfig}.
   */
  public static final class NodeRepairConfig extends Struct<NodeRepairConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Nodegroup.NodeRepairConfig")
        .constrain("MaxParallelNodesRepairedCount", Constraint.of().minimum(1))
        .constrain("MaxParallelNodesRepairedPercentage", Constraint.of().minimum(1).maximum(100))
        .constrain("MaxUnhealthyNodeThresholdCount", Constraint.of().minimum(1))
        .constrain("MaxUnhealthyNodeThresholdPercentage", Constraint.of().minimum(1).maximum(100))
        .build();

    public NodeRepairConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies whether to enable node auto repair for the node group. Node auto repair is disabled
     * by default.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public NodeRepairConfig enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public NodeRepairConfig enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * Specify the maximum number of nodes that can be repaired concurrently or in parallel,
     * expressed as a count of unhealthy nodes. This gives you finer-grained control over the pace
     * of node replacements. When using this, you cannot also set
     * <code>maxParallelNodesRepairedPercentage</code> at the same time.
     *
     * <p>Range: at least 1. CloudFormation property {@code MaxParallelNodesRepairedCount}.
     */
    public NodeRepairConfig maxParallelNodesRepairedCount(int value) {
      return set("MaxParallelNodesRepairedCount", Value.of(value));
    }

    /**
     * Sets {@code MaxParallelNodesRepairedCount} to this value; see {@link
     * #maxParallelNodesRepairedCount(int)}.
     */
    public NodeRepairConfig maxParallelNodesRepairedCount(Value<Integer> value) {
      return set("MaxParallelNodesRepairedCount", value);
    }

    /**
     * Specify the maximum number of nodes that can be repaired concurrently or in parallel,
     * expressed as a percentage of unhealthy nodes. This gives you finer-grained control over the
     * pace of node replacements. When using this, you cannot also set
     * <code>maxParallelNodesRepairedCount</code> at the same time.
     *
     * <p>Range: 1 to 100. CloudFormation property {@code MaxParallelNodesRepairedPercentage}.
     */
    public NodeRepairConfig maxParallelNodesRepairedPercentage(int value) {
      return set("MaxParallelNodesRepairedPercentage", Value.of(value));
    }

    /**
     * Sets {@code MaxParallelNodesRepairedPercentage} to this value; see {@link
     * #maxParallelNodesRepairedPercentage(int)}.
     */
    public NodeRepairConfig maxParallelNodesRepairedPercentage(Value<Integer> value) {
      return set("MaxParallelNodesRepairedPercentage", value);
    }

    /**
     * Specify a count threshold of unhealthy nodes, above which node auto repair actions will stop.
     * When using this, you cannot also set <code>maxUnhealthyNodeThresholdPercentage</code> at the
     * same time.
     *
     * <p>Range: at least 1. CloudFormation property {@code MaxUnhealthyNodeThresholdCount}.
     */
    public NodeRepairConfig maxUnhealthyNodeThresholdCount(int value) {
      return set("MaxUnhealthyNodeThresholdCount", Value.of(value));
    }

    /**
     * Sets {@code MaxUnhealthyNodeThresholdCount} to this value; see {@link
     * #maxUnhealthyNodeThresholdCount(int)}.
     */
    public NodeRepairConfig maxUnhealthyNodeThresholdCount(Value<Integer> value) {
      return set("MaxUnhealthyNodeThresholdCount", value);
    }

    /**
     * Specify a percentage threshold of unhealthy nodes, above which node auto repair actions will
     * stop. When using this, you cannot also set <code>maxUnhealthyNodeThresholdCount</code> at the
     * same time.
     *
     * <p>Range: 1 to 100. CloudFormation property {@code MaxUnhealthyNodeThresholdPercentage}.
     */
    public NodeRepairConfig maxUnhealthyNodeThresholdPercentage(int value) {
      return set("MaxUnhealthyNodeThresholdPercentage", Value.of(value));
    }

    /**
     * Sets {@code MaxUnhealthyNodeThresholdPercentage} to this value; see {@link
     * #maxUnhealthyNodeThresholdPercentage(int)}.
     */
    public NodeRepairConfig maxUnhealthyNodeThresholdPercentage(Value<Integer> value) {
      return set("MaxUnhealthyNodeThresholdPercentage", value);
    }

    /**
     * Specify granular overrides for specific repair actions. These overrides control the repair
     * action and the repair delay time before a node is considered eligible for repair. If you use
     * this, you must specify all the values.
     *
     * <p>CloudFormation property {@code NodeRepairConfigOverrides}.
     */
    public NodeRepairConfig nodeRepairConfigOverrides(List<NodeRepairConfigOverrides> value) {
      return set("NodeRepairConfigOverrides", Value.listOf(value));
    }

    /**
     * Sets {@code NodeRepairConfigOverrides} to this value; see {@link
     * #nodeRepairConfigOverrides(List)}.
     */
    public NodeRepairConfig nodeRepairConfigOverrides(Value<List<NodeRepairConfigOverrides>> value) {
      return set("NodeRepairConfigOverrides", value);
    }

    /**
     * Sets {@code NodeRepairConfigOverrides} to a list of these; see {@link
     * #nodeRepairConfigOverrides(List)}.
     */
    public NodeRepairConfig nodeRepairConfigOverrides(NodeRepairConfigOverrides... values) {
      return set("NodeRepairConfigOverrides", Value.list(values));
    }
  }

  /**
   * Specify granular overrides for specific repair actions. These overrides control the repair
   * action and the repair delay time before a node is considered eligible for repair. If you use
   * this, you must specify all the values.
   *
   * <p>Property type {@code AWS::EKS::Nodegroup.NodeRepairConfigOverrides}.
   */
  public static final class NodeRepairConfigOverrides extends Struct<NodeRepairConfigOverrides> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Nodegroup.NodeRepairConfigOverrides")
        .constrain("MinRepairWaitTimeMins", Constraint.of().minimum(1))
        .allowed("RepairAction", "Replace", "Reboot", "NoAction")
        .build();

    public NodeRepairConfigOverrides() {
      super(SCHEMA);
    }

    /**
     * Specify the minimum time in minutes to wait before attempting to repair a node with this
     * specific <code>nodeMonitoringCondition</code> and <code>nodeUnhealthyReason</code> .
     *
     * <p>Range: at least 1. CloudFormation property {@code MinRepairWaitTimeMins}.
     */
    public NodeRepairConfigOverrides minRepairWaitTimeMins(int value) {
      return set("MinRepairWaitTimeMins", Value.of(value));
    }

    /**
     * Sets {@code MinRepairWaitTimeMins} to this value; see {@link #minRepairWaitTimeMins(int)}.
     */
    public NodeRepairConfigOverrides minRepairWaitTimeMins(Value<Integer> value) {
      return set("MinRepairWaitTimeMins", value);
    }

    /**
     * Specify an unhealthy condition reported by the node monitoring agent that this override would
     * apply to.
     *
     * <p>CloudFormation property {@code NodeMonitoringCondition}.
     */
    public NodeRepairConfigOverrides nodeMonitoringCondition(String value) {
      return set("NodeMonitoringCondition", Value.of(value));
    }

    /**
     * Sets {@code NodeMonitoringCondition} to this value; see {@link
     * #nodeMonitoringCondition(String)}.
     */
    public NodeRepairConfigOverrides nodeMonitoringCondition(Value<String> value) {
      return set("NodeMonitoringCondition", value);
    }

    /**
     * Specify a reason reported by the node monitoring agent that this override would apply to.
     *
     * <p>CloudFormation property {@code NodeUnhealthyReason}.
     */
    public NodeRepairConfigOverrides nodeUnhealthyReason(String value) {
      return set("NodeUnhealthyReason", Value.of(value));
    }

    /** Sets {@code NodeUnhealthyReason} to this value; see {@link #nodeUnhealthyReason(String)}. */
    public NodeRepairConfigOverrides nodeUnhealthyReason(Value<String> value) {
      return set("NodeUnhealthyReason", value);
    }

    /**
     * Specify the repair action to take for nodes when all of the specified conditions are met.
     *
     * <p>Allowed values: {@code Replace}, {@code Reboot}, {@code NoAction}. CloudFormation property
     * {@code RepairAction}.
     */
    public NodeRepairConfigOverrides repairAction(String value) {
      return set("RepairAction", Value.of(value));
    }

    /** Sets {@code RepairAction} to this value; see {@link #repairAction(String)}. */
    public NodeRepairConfigOverrides repairAction(Value<String> value) {
      return set("RepairAction", value);
    }
  }

  /**
   * An object representing the remote access configuration for the managed node group.
   *
   * <p>Property type {@code AWS::EKS::Nodegroup.RemoteAccess}.
   */
  public static final class RemoteAccess extends Struct<RemoteAccess> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Nodegroup.RemoteAccess")
        .required("Ec2SshKey")
        .build();

    public RemoteAccess() {
      super(SCHEMA);
    }

    /**
     * The Amazon EC2 SSH key name that provides access for SSH communication with the nodes in the
     * managed node group. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-key-pairs.html">Amazon EC2 key
     * pairs and Linux instances</a> in the <em>Amazon Elastic Compute Cloud User Guide for Linux
     * Instances</em> . For Windows, an Amazon EC2 SSH key is used to obtain the RDP password. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/WindowsGuide/ec2-key-pairs.html">Amazon EC2
     * key pairs and Windows instances</a> in the <em>Amazon Elastic Compute Cloud User Guide for
     * Windows Instances</em> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Ec2SshKey}.
     */
    public RemoteAccess ec2SshKey(String value) {
      return set("Ec2SshKey", Value.of(value));
    }

    /** Sets {@code Ec2SshKey} to this value; see {@link #ec2SshKey(String)}. */
    public RemoteAccess ec2SshKey(Value<String> value) {
      return set("Ec2SshKey", value);
    }

    /**
     * The security group IDs that are allowed SSH access (port 22) to the nodes. For Windows, the
     * port is 3389. If you specify an Amazon EC2 SSH key but don't specify a source security group
     * when you create a managed node group, then the port on the nodes is opened to the internet (
     * <code>0.0.0.0/0</code> ). For more information, see <a
     * href="https://docs.aws.amazon.com/vpc/latest/userguide/VPC_SecurityGroups.html">Security
     * Groups for Your VPC</a> in the <em>Amazon Virtual Private Cloud User Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SourceSecurityGroups}.
     */
    public RemoteAccess sourceSecurityGroups(List<String> value) {
      return set("SourceSecurityGroups", Value.listOf(value));
    }

    /** Sets {@code SourceSecurityGroups} to this value; see {@link #sourceSecurityGroups(List)}. */
    public RemoteAccess sourceSecurityGroups(Value<List<String>> value) {
      return set("SourceSecurityGroups", value);
    }
  }

  /**
   * An object representing the scaling configuration details for the Auto Scaling group that is
   * associated with your node group. When creating a node group, you must specify all or none of
   * the properties. When updating a node group, you can specify any or none of the properties.
   *
   * <p>Property type {@code AWS::EKS::Nodegroup.ScalingConfig}.
   */
  public static final class ScalingConfig extends Struct<ScalingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Nodegroup.ScalingConfig")
        .constrain("DesiredSize", Constraint.of().minimum(0))
        .constrain("MaxSize", Constraint.of().minimum(1))
        .constrain("MinSize", Constraint.of().minimum(0))
        .build();

    public ScalingConfig() {
      super(SCHEMA);
    }

    /**
     * The current number of nodes that the managed node group should maintain.
     *
     * <p>If you use the Kubernetes <a
     * href="https://docs.aws.amazon.com/https://github.com/kubernetes/autoscaler#kubernetes-autoscaler">Cluster
     * Autoscaler</a> , you shouldn't change the <code>desiredSize</code> value directly, as this
     * can cause the Cluster Autoscaler to suddenly scale up or scale down.
     *
     * <p>Whenever this parameter changes, the number of worker nodes in the node group is updated
     * to the specified size. If this parameter is given a value that is smaller than the current
     * number of running worker nodes, the necessary number of worker nodes are terminated to match
     * the given value. When using CloudFormation, no action occurs if you remove this parameter
     * from your CFN template.
     *
     * <p>This parameter can be different from <code>minSize</code> in some cases, such as when
     * starting with extra hosts for testing. This parameter can also be different when you want to
     * start with an estimated number of needed hosts, but let the Cluster Autoscaler reduce the
     * number if there are too many. When the Cluster Autoscaler is used, the
     * <code>desiredSize</code> parameter is altered by the Cluster Autoscaler (but can be
     * out-of-date for short periods of time). the Cluster Autoscaler doesn't scale a managed node
     * group lower than <code>minSize</code> or higher than <code>maxSize</code> .
     *
     * <p>Range: at least 0. CloudFormation property {@code DesiredSize}.
     */
    public ScalingConfig desiredSize(int value) {
      return set("DesiredSize", Value.of(value));
    }

    /** Sets {@code DesiredSize} to this value; see {@link #desiredSize(int)}. */
    public ScalingConfig desiredSize(Value<Integer> value) {
      return set("DesiredSize", value);
    }

    /**
     * The maximum number of nodes that the managed node group can scale out to. For information
     * about the maximum number that you can specify, see <a
     * href="https://docs.aws.amazon.com/eks/latest/userguide/service-quotas.html">Amazon EKS
     * service quotas</a> in the <em>Amazon EKS User Guide</em> .
     *
     * <p>Range: at least 1. CloudFormation property {@code MaxSize}.
     */
    public ScalingConfig maxSize(int value) {
      return set("MaxSize", Value.of(value));
    }

    /** Sets {@code MaxSize} to this value; see {@link #maxSize(int)}. */
    public ScalingConfig maxSize(Value<Integer> value) {
      return set("MaxSize", value);
    }

    /**
     * The minimum number of nodes that the managed node group can scale in to.
     *
     * <p>Range: at least 0. CloudFormation property {@code MinSize}.
     */
    public ScalingConfig minSize(int value) {
      return set("MinSize", Value.of(value));
    }

    /** Sets {@code MinSize} to this value; see {@link #minSize(int)}. */
    public ScalingConfig minSize(Value<Integer> value) {
      return set("MinSize", value);
    }
  }

  /**
   * A property that allows a node to repel a <code>Pod</code> . For more information, see <a
   * href="https://docs.aws.amazon.com/eks/latest/userguide/node-taints-managed-node-groups.html">Node
   * taints on managed node groups</a> in the <em>Amazon EKS User Guide</em> .
   *
   * <p>Property type {@code AWS::EKS::Nodegroup.Taint}.
   */
  public static final class Taint extends Struct<Taint> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Nodegroup.Taint")
        .allowed("Effect", "NO_EXECUTE", "NO_SCHEDULE", "PREFER_NO_SCHEDULE")
        .constrain("Effect", Constraint.of().minLength(1))
        .constrain("Key", Constraint.of().minLength(1).maxLength(317))
        .constrain("Value", Constraint.of().minLength(0).maxLength(63))
        .build();

    public Taint() {
      super(SCHEMA);
    }

    /**
     * The effect of the taint.
     *
     * <p>Allowed values: {@code NO_EXECUTE}, {@code NO_SCHEDULE}, {@code PREFER_NO_SCHEDULE}.
     * Length: at least 1 characters. CloudFormation property {@code Effect}.
     */
    public Taint effect(String value) {
      return set("Effect", Value.of(value));
    }

    /** Sets {@code Effect} to this value; see {@link #effect(String)}. */
    public Taint effect(Value<String> value) {
      return set("Effect", value);
    }

    /**
     * The key of the taint.
     *
     * <p>Length: 1 to 317 characters. CloudFormation property {@code Key}.
     */
    public Taint key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public Taint key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value of the taint.
     *
     * <p>Length: 0 to 63 characters. CloudFormation property {@code Value}.
     */
    public Taint value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Taint value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The update configuration for the node group.
   *
   * <p>Property type {@code AWS::EKS::Nodegroup.UpdateConfig}.
   */
  public static final class UpdateConfig extends Struct<UpdateConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Nodegroup.UpdateConfig")
        .constrain("MaxUnavailable", Constraint.of().minimum(1))
        .constrain("MaxUnavailablePercentage", Constraint.of().minimum(1).maximum(100))
        .allowed("UpdateStrategy", "DEFAULT", "MINIMAL")
        .build();

    public UpdateConfig() {
      super(SCHEMA);
    }

    /**
     * The maximum number of nodes unavailable at once during a version update. Nodes are updated in
     * parallel. This value or <code>maxUnavailablePercentage</code> is required to have a value.The
     * maximum number is 100.
     *
     * <p>Range: at least 1. CloudFormation property {@code MaxUnavailable}.
     */
    public UpdateConfig maxUnavailable(double value) {
      return set("MaxUnavailable", Value.of(value));
    }

    /** Sets {@code MaxUnavailable} to this value; see {@link #maxUnavailable(double)}. */
    public UpdateConfig maxUnavailable(Value<Double> value) {
      return set("MaxUnavailable", value);
    }

    /**
     * The maximum percentage of nodes unavailable during a version update. This percentage of nodes
     * are updated in parallel, up to 100 nodes at once. This value or <code>maxUnavailable</code>
     * is required to have a value.
     *
     * <p>Range: 1 to 100. CloudFormation property {@code MaxUnavailablePercentage}.
     */
    public UpdateConfig maxUnavailablePercentage(double value) {
      return set("MaxUnavailablePercentage", Value.of(value));
    }

    /**
     * Sets {@code MaxUnavailablePercentage} to this value; see {@link
     * #maxUnavailablePercentage(double)}.
     */
    public UpdateConfig maxUnavailablePercentage(Value<Double> value) {
      return set("MaxUnavailablePercentage", value);
    }

    /**
     * The configuration for the behavior to follow during a node group version update of this
     * managed node group. You choose between two possible strategies for replacing nodes during an
     * <a
     * href="https://docs.aws.amazon.com/eks/latest/APIReference/API_UpdateNodegroupVersion.html"><code>UpdateNodegroupVersion</code></a>
     * action.
     *
     * <p>An Amazon EKS managed node group updates by replacing nodes with new nodes of newer AMI
     * versions in parallel. The <em>update strategy</em> changes the managed node update behavior
     * of the managed node group for each quantity. The <em>default</em> strategy has guardrails to
     * protect you from misconfiguration and launches the new instances first, before terminating
     * the old instances. The <em>minimal</em> strategy removes the guardrails and terminates the
     * old instances before launching the new instances. This minimal strategy is useful in
     * scenarios where you are constrained to resources or costs (for example, with hardware
     * accelerators such as GPUs).
     *
     * <p>Allowed values: {@code DEFAULT}, {@code MINIMAL}. CloudFormation property {@code
     * UpdateStrategy}.
     */
    public UpdateConfig updateStrategy(String value) {
      return set("UpdateStrategy", Value.of(value));
    }

    /** Sets {@code UpdateStrategy} to this value; see {@link #updateStrategy(String)}. */
    public UpdateConfig updateStrategy(Value<String> value) {
      return set("UpdateStrategy", value);
    }
  }

  /**
   * The warm pool configuration for the node group.
   *
   * <p>Property type {@code AWS::EKS::Nodegroup.WarmPoolConfig}.
   */
  public static final class WarmPoolConfig extends Struct<WarmPoolConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EKS::Nodegroup.WarmPoolConfig")
        .constrain("MaxGroupPreparedCapacity", Constraint.of().minimum(-1))
        .constrain("MinSize", Constraint.of().minimum(0))
        .allowed("PoolState", "HIBERNATED", "RUNNING", "STOPPED")
        .build();

    public WarmPoolConfig() {
      super(SCHEMA);
    }

    /**
     * Enable or disable warm pool for the node group.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public WarmPoolConfig enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public WarmPoolConfig enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The maximum number of instances that are allowed to be in the warm pool.
     *
     * <p>Range: at least -1. CloudFormation property {@code MaxGroupPreparedCapacity}.
     */
    public WarmPoolConfig maxGroupPreparedCapacity(int value) {
      return set("MaxGroupPreparedCapacity", Value.of(value));
    }

    /**
     * Sets {@code MaxGroupPreparedCapacity} to this value; see {@link
     * #maxGroupPreparedCapacity(int)}.
     */
    public WarmPoolConfig maxGroupPreparedCapacity(Value<Integer> value) {
      return set("MaxGroupPreparedCapacity", value);
    }

    /**
     * The minimum number of instances to maintain in the warm pool.
     *
     * <p>Range: at least 0. CloudFormation property {@code MinSize}.
     */
    public WarmPoolConfig minSize(int value) {
      return set("MinSize", Value.of(value));
    }

    /** Sets {@code MinSize} to this value; see {@link #minSize(int)}. */
    public WarmPoolConfig minSize(Value<Integer> value) {
      return set("MinSize", value);
    }

    /**
     * The desired state of warm pool instances.
     *
     * <p>Allowed values: {@code HIBERNATED}, {@code RUNNING}, {@code STOPPED}. CloudFormation
     * property {@code PoolState}.
     */
    public WarmPoolConfig poolState(String value) {
      return set("PoolState", Value.of(value));
    }

    /** Sets {@code PoolState} to this value; see {@link #poolState(String)}. */
    public WarmPoolConfig poolState(Value<String> value) {
      return set("PoolState", value);
    }

    /**
     * Whether to return instances to the warm pool during scale-in instead of terminating them.
     *
     * <p>CloudFormation property {@code ReuseOnScaleIn}.
     */
    public WarmPoolConfig reuseOnScaleIn(boolean value) {
      return set("ReuseOnScaleIn", Value.of(value));
    }

    /** Sets {@code ReuseOnScaleIn} to this value; see {@link #reuseOnScaleIn(boolean)}. */
    public WarmPoolConfig reuseOnScaleIn(Value<Boolean> value) {
      return set("ReuseOnScaleIn", value);
    }
  }
}
