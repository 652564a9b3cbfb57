// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates an Amazon SageMaker HyperPod cluster. SageMaker HyperPod is a capability of SageMaker for
 * creating and managing persistent clusters for developing large machine learning models, such as
 * large language models (LLMs) and diffusion models. To learn more, see <a
 * href="https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-hyperpod.html">Amazon SageMaker
 * HyperPod</a> in the <em>Amazon SageMaker Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::SageMaker::Cluster}.
 */
public final class Cluster extends Resource<Cluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Cluster")
      .constrain("ClusterName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$").minLength(1).maxLength(63))
      .constrain("ClusterRole", Constraint.of().pattern("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(20).maxLength(2048))
      .allowed("NodeProvisioningMode", "Continuous")
      .allowed("NodeRecovery", "Automatic", "None")
      .refYields("ClusterArn")
      .attributes("ClusterArn", "ClusterStatus", "CreationTime", "FailureMessage")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Cluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Configuration for cluster auto-scaling
   *
   * <p>CloudFormation property {@code AutoScaling}.
   */
  public Cluster autoScaling(Value<ClusterAutoScalingConfig> value) {
    return set("AutoScaling", value);
  }

  /**
   * The name of the SageMaker HyperPod cluster.
   *
   * <p>Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$}. CloudFormation property {@code ClusterName}.
   */
  public Cluster clusterName(String value) {
    return set("ClusterName", Value.of(value));
  }

  /** Sets {@code ClusterName} to this value; see {@link #clusterName(String)}. */
  public Cluster clusterName(Value<String> value) {
    return set("ClusterName", value);
  }

  /**
   * The cluster role for the autoscaler to assume.
   *
   * <p>Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[a-z&#92;-]*:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. CloudFormation
   * property {@code ClusterRole}.
   */
  public Cluster clusterRole(String value) {
    return set("ClusterRole", Value.of(value));
  }

  /** Sets {@code ClusterRole} to this value; see {@link #clusterRole(String)}. */
  public Cluster clusterRole(Value<String> value) {
    return set("ClusterRole", value);
  }

  /**
   * The instance groups of the SageMaker HyperPod cluster. To delete an instance group, remove it
   * from the array.
   *
   * <p>CloudFormation property {@code InstanceGroups}.
   */
  public Cluster instanceGroups(List<ClusterInstanceGroup> value) {
    return set("InstanceGroups", Value.listOf(value));
  }

  /** Sets {@code InstanceGroups} to this value; see {@link #instanceGroups(List)}. */
  public Cluster instanceGroups(Value<List<ClusterInstanceGroup>> value) {
    return set("InstanceGroups", value);
  }

  /** Sets {@code InstanceGroups} to a list of these; see {@link #instanceGroups(List)}. */
  public Cluster instanceGroups(ClusterInstanceGroup... values) {
    return set("InstanceGroups", Value.list(values));
  }

  /**
   * Determines the scaling strategy for the SageMaker HyperPod cluster. When set to 'Continuous',
   * enables continuous scaling which dynamically manages node provisioning. If the parameter is
   * omitted, uses the standard scaling approach in previous release.
   *
   * <p>Allowed values: {@code Continuous}. CloudFormation property {@code NodeProvisioningMode}.
   */
  public Cluster nodeProvisioningMode(String value) {
    return set("NodeProvisioningMode", Value.of(value));
  }

  /** Sets {@code NodeProvisioningMode} to this value; see {@link #nodeProvisioningMode(String)}. */
  public Cluster nodeProvisioningMode(Value<String> value) {
    return set("NodeProvisioningMode", value);
  }

  /**
   * Specifies whether to enable or disable the automatic node recovery feature of SageMaker
   * HyperPod. Available values are <code>Automatic</code> for enabling and <code>None</code> for
   * disabling.
   *
   * <p>Allowed values: {@code Automatic}, {@code None}. CloudFormation property {@code
   * NodeRecovery}.
   */
  public Cluster nodeRecovery(String value) {
    return set("NodeRecovery", Value.of(value));
  }

  /** Sets {@code NodeRecovery} to this value; see {@link #nodeRecovery(String)}. */
  public Cluster nodeRecovery(Value<String> value) {
    return set("NodeRecovery", value);
  }

  /**
   * The orchestrator type for the SageMaker HyperPod cluster. Currently, <code>'eks'</code> is the
   * only available option.
   *
   * <p>CloudFormation property {@code Orchestrator}.
   */
  public Cluster orchestrator(Value<Orchestrator> value) {
    return set("Orchestrator", value);
  }

  /**
   * The restricted instance groups of the SageMaker HyperPod cluster.
   *
   * <p>CloudFormation property {@code RestrictedInstanceGroups}.
   */
  public Cluster restrictedInstanceGroups(List<ClusterRestrictedInstanceGroup> value) {
    return set("RestrictedInstanceGroups", Value.listOf(value));
  }

  /**
   * Sets {@code RestrictedInstanceGroups} to this value; see {@link
   * #restrictedInstanceGroups(List)}.
   */
  public Cluster restrictedInstanceGroups(Value<List<ClusterRestrictedInstanceGroup>> value) {
    return set("RestrictedInstanceGroups", value);
  }

  /**
   * Sets {@code RestrictedInstanceGroups} to a list of these; see {@link
   * #restrictedInstanceGroups(List)}.
   */
  public Cluster restrictedInstanceGroups(ClusterRestrictedInstanceGroup... values) {
    return set("RestrictedInstanceGroups", Value.list(values));
  }

  /**
   * The cluster-level configuration for restricted instance groups, including shared environment
   * settings for inter-RIG communication and FSx Lustre sharing.
   *
   * <p>CloudFormation property {@code RestrictedInstanceGroupsConfig}.
   */
  public Cluster restrictedInstanceGroupsConfig(Value<RestrictedInstanceGroupsConfig> value) {
    return set("RestrictedInstanceGroupsConfig", value);
  }

  /**
   * A tag object that consists of a key and an optional value, used to manage metadata for
   * SageMaker AWS resources.
   *
   * <p>You can add tags to notebook instances, training jobs, hyperparameter tuning jobs, batch
   * transform jobs, models, labeling jobs, work teams, endpoint configurations, and endpoints. For
   * more information on adding tags to SageMaker resources, see <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AddTags.html">AddTags</a> .
   *
   * <p>For more information on adding metadata to your AWS resources with tagging, see <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html">Tagging AWS resources</a>
   * . For advice on best practices for managing AWS resources with tagging, see <a
   * href="https://docs.aws.amazon.com/https://d1.awsstatic.com/whitepapers/aws-tagging-best-practices.pdf">Tagging
   * Best Practices: Implement an Effective AWS Resource Tagging Strategy</a> .
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
   * Configuration for tiered storage in the SageMaker HyperPod cluster.
   *
   * <p>CloudFormation property {@code TieredStorageConfig}.
   */
  public Cluster tieredStorageConfig(Value<TieredStorageConfig> value) {
    return set("TieredStorageConfig", value);
  }

  /**
   * Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and
   * compute resources have access to. You can control access to and from your resources by
   * configuring a VPC. For more information, see <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/infrastructure-give-access.html">Give
   * SageMaker Access to Resources in your Amazon VPC</a> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code VpcConfig}.
   */
  public Cluster vpcConfig(Value<VpcConfig> value) {
    return set("VpcConfig", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the SageMaker HyperPod cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClusterArn}.
   */
  public Value<String> clusterArn() {
    return getAtt("ClusterArn");
  }

  /**
   * The status of the SageMaker HyperPod cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClusterStatus}.
   */
  public Value<String> clusterStatus() {
    return getAtt("ClusterStatus");
  }

  /**
   * The time when the SageMaker HyperPod cluster is created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The failure message of the SageMaker HyperPod cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FailureMessage}.
   */
  public Value<String> failureMessage() {
    return getAtt("FailureMessage");
  }

  /**
   * The details of the alarm to monitor during the AMI update.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.AlarmDetails}.
   */
  public static final class AlarmDetails extends Struct<AlarmDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Cluster.AlarmDetails")
        .required("AlarmName")
        .constrain("AlarmName", Constraint.of().pattern("(?!\\s*$).+").minLength(1).maxLength(256))
        .build();

    public AlarmDetails() {
      super(SCHEMA);
    }

    /**
     * The name of the alarm.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code (?!&#92;s*$).+}. CloudFormation
     * property {@code AlarmName}.
     */
    public AlarmDetails alarmName(String value) {
      return set("AlarmName", Value.of(value));
    }

    /** Sets {@code AlarmName} to this value; see {@link #alarmName(String)}. */
    public AlarmDetails alarmName(Value<String> value) {
      return set("AlarmName", value);
    }
  }

  /**
   * The configuration for automatic patching of the instance group. Enables workload-aware,
   * patch-level AMI updates.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.AutoPatchConfig}.
   */
  public static final class AutoPatchConfig extends Struct<AutoPatchConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Cluster.AutoPatchConfig")
        .required("PatchingStrategy")
        .allowed("PatchingStrategy", "WhenIdle", "WhenAllIdle")
        .build();

    public AutoPatchConfig() {
      super(SCHEMA);
    }

    /**
     * The configuration to use when updating the AMI versions.
     *
     * <p>CloudFormation property {@code DeploymentConfig}.
     */
    public AutoPatchConfig deploymentConfig(Value<DeploymentConfig> value) {
      return set("DeploymentConfig", value);
    }

    /**
     * The schedule configuration for automatic patching.
     *
     * <p>CloudFormation property {@code PatchSchedule}.
     */
    public AutoPatchConfig patchSchedule(Value<PatchSchedule> value) {
      return set("PatchSchedule", value);
    }

    /**
     * The patching strategy that determines when and how instances are patched. WhenIdle patches
     * instances as they become idle. WhenAllIdle patches all instances when they are all idle.
     *
     * <p>Required. Allowed values: {@code WhenIdle}, {@code WhenAllIdle}. CloudFormation property
     * {@code PatchingStrategy}.
     */
    public AutoPatchConfig patchingStrategy(String value) {
      return set("PatchingStrategy", Value.of(value));
    }

    /** Sets {@code PatchingStrategy} to this value; see {@link #patchingStrategy(String)}. */
    public AutoPatchConfig patchingStrategy(Value<String> value) {
      return set("PatchingStrategy", value);
    }
  }

  /**
   * The configuration of the size measurements of the AMI update. Using this configuration, you can
   * specify whether SageMaker should update your instance group by an amount or percentage of
   * instances.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.CapacitySizeConfig}.
   */
  public static final class CapacitySizeConfig extends Struct<CapacitySizeConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Cluster.CapacitySizeConfig")
        .required("Type", "Value")
        .constrain("Type", Constraint.of().pattern("INSTANCE_COUNT|CAPACITY_PERCENTAGE"))
        .constrain("Value", Constraint.of().minimum(1))
        .build();

    public CapacitySizeConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies whether SageMaker should process the update by amount or percentage of instances.
     *
     * <p>Required. Pattern: {@code INSTANCE_COUNT|CAPACITY_PERCENTAGE}. CloudFormation property
     * {@code Type}.
     */
    public CapacitySizeConfig type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public CapacitySizeConfig type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * Specifies the amount or percentage of instances SageMaker updates at a time.
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code Value}.
     */
    public CapacitySizeConfig value(int value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(int)}. */
    public CapacitySizeConfig value(Value<Integer> value) {
      return set("Value", value);
    }
  }

  /**
   * External MySQL-compatible accounting database that a Slurm cluster's slurmdbd connects to.
   * Database credentials are supplied out-of-band through the referenced Secrets Manager secret.
   * Supported only with Continuous node provisioning.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.ClusterAccountingDatabase}.
   */
  public static final class ClusterAccountingDatabase extends Struct<ClusterAccountingDatabase> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Cluster.ClusterAccountingDatabase")
        .required("Endpoint", "SecretArn")
        .build();

    public ClusterAccountingDatabase() {
      super(SCHEMA);
    }

    /**
     * Hostname or endpoint of the accounting database, such as an RDS endpoint.
     *
     * <p>Required. CloudFormation property {@code Endpoint}.
     */
    public ClusterAccountingDatabase endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public ClusterAccountingDatabase endpoint(Value<String> value) {
      return set("Endpoint", value);
    }

    /**
     * Name of the accounting database schema. Defaults to slurm_acct_db when omitted.
     *
     * <p>Default: {@code "slurm_acct_db"}. CloudFormation property {@code Name}.
     */
    public ClusterAccountingDatabase name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ClusterAccountingDatabase name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * TCP port of the accounting database. Defaults to 3306 when omitted.
     *
     * <p>Default: {@code 3306}. CloudFormation property {@code Port}.
     */
    public ClusterAccountingDatabase port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public ClusterAccountingDatabase port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * ARN of the Secrets Manager secret holding the database credentials.
     *
     * <p>Required. CloudFormation property {@code SecretArn}.
     */
    public ClusterAccountingDatabase secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public ClusterAccountingDatabase secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /**
   * Specifies the autoscaling configuration for a HyperPod cluster.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.ClusterAutoScalingConfig}.
   */
  public static final class ClusterAutoScalingConfig extends Struct<ClusterAutoScalingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Cluster.ClusterAutoScalingConfig")
        .required("Mode")
        .allowed("AutoScalerType", "Karpenter")
        .allowed("Mode", "Enable", "Disable")
        .build();

    public ClusterAutoScalingConfig() {
      super(SCHEMA);
    }

    /**
     * The type of autoscaler to use. Currently supported value is <code>Karpenter</code> .
     *
     * <p>Allowed values: {@code Karpenter}. Default: {@code "Karpenter"}. CloudFormation property
     * {@code AutoScalerType}.
     */
    public ClusterAutoScalingConfig autoScalerType(String value) {
      return set("AutoScalerType", Value.of(value));
    }

    /** Sets {@code AutoScalerType} to this value; see {@link #autoScalerType(String)}. */
    public ClusterAutoScalingConfig autoScalerType(Value<String> value) {
      return set("AutoScalerType", value);
    }

    /**
     * Describes whether autoscaling is enabled or disabled for the cluster. Valid values are
     * <code>Enable</code> and <code>Disable</code> .
     *
     * <p>Required. Allowed values: {@code Enable}, {@code Disable}. CloudFormation property {@code
     * Mode}.
     */
    public ClusterAutoScalingConfig mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public ClusterAutoScalingConfig mode(Value<String> value) {
      return set("Mode", value);
    }
  }

  /**
   * Defines the instance capacity requirements for an instance group, including configurations for
   * both Spot and On-Demand capacity types.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.ClusterCapacityRequirements}.
   */
  public static final class ClusterCapacityRequirements extends Struct<ClusterCapacityRequirements> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::Cluster.ClusterCapacityRequirements");

    public ClusterCapacityRequirements() {
      super(SCHEMA);
    }

    /**
     * Configuration options specific to On-Demand instances.
     *
     * <p>CloudFormation property {@code OnDemand}.
     */
    public ClusterCapacityRequirements onDemand(Value<Json> value) {
      return set("OnDemand", value);
    }

    /**
     * Configuration options specific to Spot instances.
     *
     * <p>CloudFormation property {@code Spot}.
     */
    public ClusterCapacityRequirements spot(Value<Json> value) {
      return set("Spot", value);
    }
  }

  /**
   * Defines the configuration for attaching an additional Amazon Elastic Block Store (EBS) volume
   * to each instance of the SageMaker HyperPod cluster instance group. To learn more, see <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-hyperpod-release-notes.html#sagemaker-hyperpod-release-notes-20240620">SageMaker
   * HyperPod release notes: June 20, 2024</a> .
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.ClusterEbsVolumeConfig}.
   */
  public static final class ClusterEbsVolumeConfig extends Struct<ClusterEbsVolumeConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::Cluster.ClusterEbsVolumeConfig");

    public ClusterEbsVolumeConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the configuration is for the cluster's root or secondary Amazon EBS volume.
     * You can specify two <code>ClusterEbsVolumeConfig</code> fields to configure both the root and
     * secondary volumes. Set the value to <code>True</code> if you'd like to provide your own
     * customer managed AWS KMS key to encrypt the root volume. When <code>True</code> :
     *
     * <ul> <li>The configuration is applied to the root volume. <li>You can't specify the
     * <code>VolumeSizeInGB</code> field. The size of the root volume is determined for you. <li>You
     * must specify a KMS key ID for <code>VolumeKmsKeyId</code> to encrypt the root volume with
     * your own KMS key instead of an AWS owned KMS key. </ul>
     *
     * <p>Otherwise, by default, the value is <code>False</code> , and the following applies:
     *
     * <ul> <li>The configuration is applied to the secondary volume, while the root volume is
     * encrypted with an AWS owned key. <li>You must specify the <code>VolumeSizeInGB</code> field.
     * <li>You can optionally specify the <code>VolumeKmsKeyId</code> to encrypt the secondary
     * volume with your own KMS key instead of an AWS owned KMS key. </ul>
     *
     * <p>CloudFormation property {@code RootVolume}.
     */
    public ClusterEbsVolumeConfig rootVolume(boolean value) {
      return set("RootVolume", Value.of(value));
    }

    /** Sets {@code RootVolume} to this value; see {@link #rootVolume(boolean)}. */
    public ClusterEbsVolumeConfig rootVolume(Value<Boolean> value) {
      return set("RootVolume", value);
    }

    /**
     * The ID of a KMS key to encrypt the Amazon EBS volume.
     *
     * <p>CloudFormation property {@code VolumeKmsKeyId}.
     */
    public ClusterEbsVolumeConfig volumeKmsKeyId(String value) {
      return set("VolumeKmsKeyId", Value.of(value));
    }

    /** Sets {@code VolumeKmsKeyId} to this value; see {@link #volumeKmsKeyId(String)}. */
    public ClusterEbsVolumeConfig volumeKmsKeyId(Value<String> value) {
      return set("VolumeKmsKeyId", value);
    }

    /**
     * The size in gigabytes (GB) of the additional EBS volume to be attached to the instances in
     * the SageMaker HyperPod cluster instance group. The additional EBS volume is attached to each
     * instance within the SageMaker HyperPod cluster instance group and mounted to
     * <code>/opt/sagemaker</code> .
     *
     * <p>CloudFormation property {@code VolumeSizeInGB}.
     */
    public ClusterEbsVolumeConfig volumeSizeInGB(int value) {
      return set("VolumeSizeInGB", Value.of(value));
    }

    /** Sets {@code VolumeSizeInGB} to this value; see {@link #volumeSizeInGB(int)}. */
    public ClusterEbsVolumeConfig volumeSizeInGB(Value<Integer> value) {
      return set("VolumeSizeInGB", value);
    }
  }

  /**
   * Configuration for mounting an Amazon FSx Lustre file system to the instances in the SageMaker
   * HyperPod cluster instance group.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.ClusterFsxLustreConfig}.
   */
  public static final class ClusterFsxLustreConfig extends Struct<ClusterFsxLustreConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Cluster.ClusterFsxLustreConfig")
        .required("DnsName", "MountName")
        .build();

    public ClusterFsxLustreConfig() {
      super(SCHEMA);
    }

    /**
     * The DNS name of the FSx for Lustre file system.
     *
     * <p>Required. CloudFormation property {@code DnsName}.
     */
    public ClusterFsxLustreConfig dnsName(String value) {
      return set("DnsName", Value.of(value));
    }

    /** Sets {@code DnsName} to this value; see {@link #dnsName(String)}. */
    public ClusterFsxLustreConfig dnsName(Value<String> value) {
      return set("DnsName", value);
    }

    /**
     * The mount name of the FSx for Lustre file system.
     *
     * <p>Required. CloudFormation property {@code MountName}.
     */
    public ClusterFsxLustreConfig mountName(String value) {
      return set("MountName", Value.of(value));
    }

    /** Sets {@code MountName} to this value; see {@link #mountName(String)}. */
    public ClusterFsxLustreConfig mountName(Value<String> value) {
      return set("MountName", value);
    }

    /**
     * The mount path for the FSx for Lustre file system.
     *
     * <p>CloudFormation property {@code MountPath}.
     */
    public ClusterFsxLustreConfig mountPath(String value) {
      return set("MountPath", Value.of(value));
    }

    /** Sets {@code MountPath} to this value; see {@link #mountPath(String)}. */
    public ClusterFsxLustreConfig mountPath(Value<String> value) {
      return set("MountPath", value);
    }
  }

  /**
   * Configuration for mounting an Amazon FSx OpenZFS file system to the instances in the SageMaker
   * HyperPod cluster instance group.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.ClusterFsxOpenZfsConfig}.
   */
  public static final class ClusterFsxOpenZfsConfig extends Struct<ClusterFsxOpenZfsConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Cluster.ClusterFsxOpenZfsConfig")
        .required("DnsName")
        .build();

    public ClusterFsxOpenZfsConfig() {
      super(SCHEMA);
    }

    /**
     * The DNS name of the FSx for OpenZFS file system.
     *
     * <p>Required. CloudFormation property {@code DnsName}.
     */
    public ClusterFsxOpenZfsConfig dnsName(String value) {
      return set("DnsName", Value.of(value));
    }

    /** Sets {@code DnsName} to this value; see {@link #dnsName(String)}. */
    public ClusterFsxOpenZfsConfig dnsName(Value<String> value) {
      return set("DnsName", value);
    }

    /**
     * The mount path for the FSx for OpenZFS file system.
     *
     * <p>CloudFormation property {@code MountPath}.
     */
    public ClusterFsxOpenZfsConfig mountPath(String value) {
      return set("MountPath", Value.of(value));
    }

    /** Sets {@code MountPath} to this value; see {@link #mountPath(String)}. */
    public ClusterFsxOpenZfsConfig mountPath(Value<String> value) {
      return set("MountPath", value);
    }
  }

  /**
   * The configuration information of the instance group within the HyperPod cluster.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.ClusterInstanceGroup}.
   */
  public static final class ClusterInstanceGroup extends Struct<ClusterInstanceGroup> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Cluster.ClusterInstanceGroup")
        .required("ExecutionRole", "InstanceCount", "InstanceGroupName")
        .constrain("CurrentCount", Constraint.of().minimum(0))
        .constrain("ExecutionRole", Constraint.of().pattern("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(20).maxLength(2048))
        .constrain("ImageId", Constraint.of().pattern("^ami-[0-9a-fA-F]{8,17}|default$").minLength(7).maxLength(21).format("AWS::EC2::Image.Id"))
        .constrain("InstanceCount", Constraint.of().minimum(0).maximum(6758))
        .constrain("InstanceGroupName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(1).maxLength(63))
        .constrain("MinInstanceCount", Constraint.of().minimum(0).maximum(6758))
        .allowed("OnStartDeepHealthChecks", "InstanceStress", "InstanceConnectivity")
        .constrain("ThreadsPerCore", Constraint.of().minimum(1).maximum(2))
        .constrain("TrainingPlanArn", Constraint.of().pattern("^arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:training-plan/.*$").minLength(50).maxLength(2048))
        .build();

    public ClusterInstanceGroup() {
      super(SCHEMA);
    }

    /**
     * The configuration for automatic patching of the instance group. Enables workload-aware,
     * patch-level AMI updates.
     *
     * <p>CloudFormation property {@code AutoPatchConfig}.
     */
    public ClusterInstanceGroup autoPatchConfig(Value<AutoPatchConfig> value) {
      return set("AutoPatchConfig", value);
    }

    /**
     * Specifies the capacity requirements configuration for an instance group
     *
     * <p>CloudFormation property {@code CapacityRequirements}.
     */
    public ClusterInstanceGroup capacityRequirements(Value<ClusterCapacityRequirements> value) {
      return set("CapacityRequirements", value);
    }

    /**
     * The number of instances that are currently in the instance group of a SageMaker HyperPod
     * cluster.
     *
     * <p>Range: at least 0. CloudFormation property {@code CurrentCount}.
     */
    public ClusterInstanceGroup currentCount(int value) {
      return set("CurrentCount", Value.of(value));
    }

    /** Sets {@code CurrentCount} to this value; see {@link #currentCount(int)}. */
    public ClusterInstanceGroup currentCount(Value<Integer> value) {
      return set("CurrentCount", value);
    }

    /**
     * The execution role for the instance group to assume.
     *
     * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:aws[a-z&#92;-]*:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. CloudFormation
     * property {@code ExecutionRole}.
     */
    public ClusterInstanceGroup executionRole(String value) {
      return set("ExecutionRole", Value.of(value));
    }

    /** Sets {@code ExecutionRole} to this value; see {@link #executionRole(String)}. */
    public ClusterInstanceGroup executionRole(Value<String> value) {
      return set("ExecutionRole", value);
    }

    /**
     * AMI Id to be used for launching EC2 instances - HyperPodPublicAmiId or CustomAmiId
     *
     * <p>Length: 7 to 21 characters. Pattern: {@code ^ami-[0-9a-fA-F]{8,17}|default$}. Format:
     * {@code AWS::EC2::Image.Id}. CloudFormation property {@code ImageId}.
     */
    public ClusterInstanceGroup imageId(String value) {
      return set("ImageId", Value.of(value));
    }

    /** Sets {@code ImageId} to this value; see {@link #imageId(String)}. */
    public ClusterInstanceGroup imageId(Value<String> value) {
      return set("ImageId", value);
    }

    /**
     * The number of instances in an instance group of the SageMaker HyperPod cluster.
     *
     * <p>Required. Range: 0 to 6758. CloudFormation property {@code InstanceCount}.
     */
    public ClusterInstanceGroup instanceCount(int value) {
      return set("InstanceCount", Value.of(value));
    }

    /** Sets {@code InstanceCount} to this value; see {@link #instanceCount(int)}. */
    public ClusterInstanceGroup instanceCount(Value<Integer> value) {
      return set("InstanceCount", value);
    }

    /**
     * The name of the instance group of a SageMaker HyperPod cluster.
     *
     * <p>Required. Length: 1 to 63 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}.
     * CloudFormation property {@code InstanceGroupName}.
     */
    public ClusterInstanceGroup instanceGroupName(String value) {
      return set("InstanceGroupName", Value.of(value));
    }

    /** Sets {@code InstanceGroupName} to this value; see {@link #instanceGroupName(String)}. */
    public ClusterInstanceGroup instanceGroupName(Value<String> value) {
      return set("InstanceGroupName", value);
    }

    /**
     * The instance requirements for the instance group. Specifies a list of instance types that can
     * be used.
     *
     * <p>CloudFormation property {@code InstanceRequirements}.
     */
    public ClusterInstanceGroup instanceRequirements(Value<InstanceRequirements> value) {
      return set("InstanceRequirements", value);
    }

    /**
     * The configurations of additional storage specified to the instance group where the instance
     * (node) is launched.
     *
     * <p>CloudFormation property {@code InstanceStorageConfigs}.
     */
    public ClusterInstanceGroup instanceStorageConfigs(List<ClusterInstanceStorageConfig> value) {
      return set("InstanceStorageConfigs", Value.listOf(value));
    }

    /**
     * Sets {@code InstanceStorageConfigs} to this value; see {@link #instanceStorageConfigs(List)}.
     */
    public ClusterInstanceGroup instanceStorageConfigs(Value<List<ClusterInstanceStorageConfig>> value) {
      return set("InstanceStorageConfigs", value);
    }

    /**
     * Sets {@code InstanceStorageConfigs} to a list of these; see {@link
     * #instanceStorageConfigs(List)}.
     */
    public ClusterInstanceGroup instanceStorageConfigs(ClusterInstanceStorageConfig... values) {
      return set("InstanceStorageConfigs", Value.list(values));
    }

    /**
     * The instance type of the instance group of a SageMaker HyperPod cluster.
     *
     * <p>CloudFormation property {@code InstanceType}.
     */
    public ClusterInstanceGroup instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public ClusterInstanceGroup instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /**
     * Kubernetes configuration for cluster nodes including labels and taints.
     *
     * <p>CloudFormation property {@code KubernetesConfig}.
     */
    public ClusterInstanceGroup kubernetesConfig(Value<ClusterKubernetesConfig> value) {
      return set("KubernetesConfig", value);
    }

    /**
     * The lifecycle configuration for a SageMaker HyperPod cluster.
     *
     * <p>CloudFormation property {@code LifeCycleConfig}.
     */
    public ClusterInstanceGroup lifeCycleConfig(Value<ClusterLifeCycleConfig> value) {
      return set("LifeCycleConfig", value);
    }

    /**
     * The minimum number of instances required for the instance group to be InService.
     * MinInstanceCount must be less than or equal to InstanceCount.
     *
     * <p>Range: 0 to 6758. CloudFormation property {@code MinInstanceCount}.
     */
    public ClusterInstanceGroup minInstanceCount(int value) {
      return set("MinInstanceCount", Value.of(value));
    }

    /** Sets {@code MinInstanceCount} to this value; see {@link #minInstanceCount(int)}. */
    public ClusterInstanceGroup minInstanceCount(Value<Integer> value) {
      return set("MinInstanceCount", value);
    }

    /**
     * Specifies the network interface configuration for the instance group.
     *
     * <p>CloudFormation property {@code NetworkInterface}.
     */
    public ClusterInstanceGroup networkInterface(Value<ClusterNetworkInterface> value) {
      return set("NetworkInterface", value);
    }

    /**
     * A flag indicating whether deep health checks should be performed when the HyperPod cluster
     * instance group is created or updated. Deep health checks are comprehensive, invasive tests
     * that validate the health of the underlying hardware and infrastructure components.
     *
     * <p>Allowed values: {@code InstanceStress}, {@code InstanceConnectivity}. CloudFormation
     * property {@code OnStartDeepHealthChecks}.
     */
    public ClusterInstanceGroup onStartDeepHealthChecks(List<String> value) {
      return set("OnStartDeepHealthChecks", Value.listOf(value));
    }

    /**
     * Sets {@code OnStartDeepHealthChecks} to this value; see {@link
     * #onStartDeepHealthChecks(List)}.
     */
    public ClusterInstanceGroup onStartDeepHealthChecks(Value<List<String>> value) {
      return set("OnStartDeepHealthChecks", value);
    }

    /**
     * The customized Amazon VPC configuration at the instance group level that overrides the
     * default Amazon VPC configuration of the SageMaker HyperPod cluster.
     *
     * <p>CloudFormation property {@code OverrideVpcConfig}.
     */
    public ClusterInstanceGroup overrideVpcConfig(Value<VpcConfig> value) {
      return set("OverrideVpcConfig", value);
    }

    /**
     * The configuration object of the schedule that SageMaker follows when updating the AMI.
     *
     * <p>CloudFormation property {@code ScheduledUpdateConfig}.
     */
    public ClusterInstanceGroup scheduledUpdateConfig(Value<ScheduledUpdateConfig> value) {
      return set("ScheduledUpdateConfig", value);
    }

    /**
     * Slurm configuration for the instance group.
     *
     * <p>CloudFormation property {@code SlurmConfig}.
     */
    public ClusterInstanceGroup slurmConfig(Value<ClusterSlurmConfig> value) {
      return set("SlurmConfig", value);
    }

    /**
     * The number of threads per CPU core you specified under <code>CreateCluster</code> .
     *
     * <p>Range: 1 to 2. CloudFormation property {@code ThreadsPerCore}.
     */
    public ClusterInstanceGroup threadsPerCore(int value) {
      return set("ThreadsPerCore", Value.of(value));
    }

    /** Sets {@code ThreadsPerCore} to this value; see {@link #threadsPerCore(int)}. */
    public ClusterInstanceGroup threadsPerCore(Value<Integer> value) {
      return set("ThreadsPerCore", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the training plan to use for this cluster instance group.
     * For more information about how to reserve GPU capacity for your SageMaker HyperPod clusters
     * using Amazon SageMaker Training Plan, see CreateTrainingPlan.
     *
     * <p>Length: 50 to 2048 characters. Pattern: {@code
     * ^arn:aws[a-z&#92;-]*:sagemaker:[a-z0-9&#92;-]*:[0-9]{12}:training-plan/.*$}. CloudFormation
     * property {@code TrainingPlanArn}.
     */
    public ClusterInstanceGroup trainingPlanArn(String value) {
      return set("TrainingPlanArn", Value.of(value));
    }

    /** Sets {@code TrainingPlanArn} to this value; see {@link #trainingPlanArn(String)}. */
    public ClusterInstanceGroup trainingPlanArn(Value<String> value) {
      return set("TrainingPlanArn", value);
    }
  }

  /**
   * Defines the configuration for attaching additional storage to the instances in the SageMaker
   * HyperPod cluster instance group. To learn more, see <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-hyperpod-release-notes.html#sagemaker-hyperpod-release-notes-20240620">SageMaker
   * HyperPod release notes: June 20, 2024</a> .
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.ClusterInstanceStorageConfig}.
   */
  public static final class ClusterInstanceStorageConfig extends Struct<ClusterInstanceStorageConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::Cluster.ClusterInstanceStorageConfig");

    public ClusterInstanceStorageConfig() {
      super(SCHEMA);
    }

    /**
     * Defines the configuration for attaching additional Amazon Elastic Block Store (EBS) volumes
     * to the instances in the SageMaker HyperPod cluster instance group. The additional EBS volume
     * is attached to each instance within the SageMaker HyperPod cluster instance group and mounted
     * to <code>/opt/sagemaker</code> .
     *
     * <p>CloudFormation property {@code EbsVolumeConfig}.
     */
    public ClusterInstanceStorageConfig ebsVolumeConfig(Value<ClusterEbsVolumeConfig> value) {
      return set("EbsVolumeConfig", value);
    }

    /**
     * Configuration for mounting an Amazon FSx Lustre file system to the instances in the SageMaker
     * HyperPod cluster instance group.
     *
     * <p>CloudFormation property {@code FsxLustreConfig}.
     */
    public ClusterInstanceStorageConfig fsxLustreConfig(Value<ClusterFsxLustreConfig> value) {
      return set("FsxLustreConfig", value);
    }

    /**
     * Configuration for mounting an Amazon FSx OpenZFS file system to the instances in the
     * SageMaker HyperPod cluster instance group.
     *
     * <p>CloudFormation property {@code FsxOpenZfsConfig}.
     */
    public ClusterInstanceStorageConfig fsxOpenZfsConfig(Value<ClusterFsxOpenZfsConfig> value) {
      return set("FsxOpenZfsConfig", value);
    }
  }

  /**
   * Kubernetes configuration that specifies labels and taints to be applied to cluster nodes in an
   * instance group.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.ClusterKubernetesConfig}.
   */
  public static final class ClusterKubernetesConfig extends Struct<ClusterKubernetesConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::Cluster.ClusterKubernetesConfig");

    public ClusterKubernetesConfig() {
      super(SCHEMA);
    }

    /**
     * Key-value pairs of labels to be applied to cluster nodes.
     *
     * <p>CloudFormation property {@code Labels}.
     */
    public ClusterKubernetesConfig labels(Map<String, String> value) {
      return set("Labels", Value.mapOf(value));
    }

    /** Sets {@code Labels} to this value; see {@link #labels(Map)}. */
    public ClusterKubernetesConfig labels(Value<Map<String, String>> value) {
      return set("Labels", value);
    }

    /**
     * List of taints to be applied to cluster nodes.
     *
     * <p>CloudFormation property {@code Taints}.
     */
    public ClusterKubernetesConfig taints(List<ClusterKubernetesTaint> value) {
      return set("Taints", Value.listOf(value));
    }

    /** Sets {@code Taints} to this value; see {@link #taints(List)}. */
    public ClusterKubernetesConfig taints(Value<List<ClusterKubernetesTaint>> value) {
      return set("Taints", value);
    }

    /** Sets {@code Taints} to a list of these; see {@link #taints(List)}. */
    public ClusterKubernetesConfig taints(ClusterKubernetesTaint... values) {
      return set("Taints", Value.list(values));
    }
  }

  /**
   * A Kubernetes taint that can be applied to cluster nodes.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.ClusterKubernetesTaint}.
   */
  public static final class ClusterKubernetesTaint extends Struct<ClusterKubernetesTaint> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Cluster.ClusterKubernetesTaint")
        .required("Effect", "Key")
        .allowed("Effect", "NoSchedule", "PreferNoSchedule", "NoExecute")
        .constrain("Key", Constraint.of().pattern("^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$").minLength(1).maxLength(317))
        .constrain("Value", Constraint.of().pattern("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$").minLength(1).maxLength(63))
        .build();

    public ClusterKubernetesTaint() {
      super(SCHEMA);
    }

    /**
     * The effect of the taint. Valid values are <code>NoSchedule</code> ,
     * <code>PreferNoSchedule</code> , and <code>NoExecute</code> .
     *
     * <p>Required. Allowed values: {@code NoSchedule}, {@code PreferNoSchedule}, {@code NoExecute}.
     * CloudFormation property {@code Effect}.
     */
    public ClusterKubernetesTaint effect(String value) {
      return set("Effect", Value.of(value));
    }

    /** Sets {@code Effect} to this value; see {@link #effect(String)}. */
    public ClusterKubernetesTaint effect(Value<String> value) {
      return set("Effect", value);
    }

    /**
     * The key of the taint.
     *
     * <p>Required. Length: 1 to 317 characters. Pattern: {@code
     * ^([a-z0-9]([-a-z0-9]*[a-z0-9])?(&#92;.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*&#47;)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$}.
     * CloudFormation property {@code Key}.
     */
    public ClusterKubernetesTaint key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ClusterKubernetesTaint key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value of the taint.
     *
     * <p>Length: 1 to 63 characters. Pattern: {@code
     * ^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$}. CloudFormation property {@code Value}.
     */
    public ClusterKubernetesTaint value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ClusterKubernetesTaint value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The lifecycle configuration for a SageMaker HyperPod cluster.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.ClusterLifeCycleConfig}.
   */
  public static final class ClusterLifeCycleConfig extends Struct<ClusterLifeCycleConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Cluster.ClusterLifeCycleConfig")
        .constrain("OnCreate", Constraint.of().pattern("^[\\S\\s]+$").minLength(1).maxLength(128))
        .constrain("OnInitComplete", Constraint.of().pattern("^[\\S\\s]+$").minLength(1).maxLength(128))
        .constrain("SourceS3Uri", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
        .build();

    public ClusterLifeCycleConfig() {
      super(SCHEMA);
    }

    /**
     * The file name of the entrypoint script of lifecycle scripts under <code>SourceS3Uri</code> .
     * This entrypoint script runs during cluster creation.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^[&#92;S&#92;s]+$}. CloudFormation property
     * {@code OnCreate}.
     */
    public ClusterLifeCycleConfig onCreate(String value) {
      return set("OnCreate", Value.of(value));
    }

    /** Sets {@code OnCreate} to this value; see {@link #onCreate(String)}. */
    public ClusterLifeCycleConfig onCreate(Value<String> value) {
      return set("OnCreate", value);
    }

    /**
     * The file name of the extension script under SourceS3Uri. This script runs after HyperPod
     * configures the default software on the instance. Mutually exclusive with OnCreate.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^[&#92;S&#92;s]+$}. CloudFormation property
     * {@code OnInitComplete}.
     */
    public ClusterLifeCycleConfig onInitComplete(String value) {
      return set("OnInitComplete", Value.of(value));
    }

    /** Sets {@code OnInitComplete} to this value; see {@link #onInitComplete(String)}. */
    public ClusterLifeCycleConfig onInitComplete(Value<String> value) {
      return set("OnInitComplete", value);
    }

    /**
     * An Amazon S3 bucket path where your lifecycle scripts are stored.
     *
     * <p>Make sure that the S3 bucket path starts with <code>s3://sagemaker-</code> . The <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-hyperpod-prerequisites.html#sagemaker-hyperpod-prerequisites-iam-role-for-hyperpod">IAM
     * role for SageMaker HyperPod</a> has the managed <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/security-iam-awsmanpol-cluster.html"><code>AmazonSageMakerClusterInstanceRolePolicy</code></a>
     * attached, which allows access to S3 buckets with the specific prefix <code>sagemaker-</code>
     * .
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code ^(https|s3)://([^/]+)/?(.*)$}.
     * CloudFormation property {@code SourceS3Uri}.
     */
    public ClusterLifeCycleConfig sourceS3Uri(String value) {
      return set("SourceS3Uri", Value.of(value));
    }

    /** Sets {@code SourceS3Uri} to this value; see {@link #sourceS3Uri(String)}. */
    public ClusterLifeCycleConfig sourceS3Uri(Value<String> value) {
      return set("SourceS3Uri", value);
    }
  }

  /**
   * Specifies the network interface configuration for the instance group.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.ClusterNetworkInterface}.
   */
  public static final class ClusterNetworkInterface extends Struct<ClusterNetworkInterface> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Cluster.ClusterNetworkInterface")
        .required("InterfaceType")
        .allowed("InterfaceType", "efa", "efa-only")
        .build();

    public ClusterNetworkInterface() {
      super(SCHEMA);
    }

    /**
     * The type of network interface.
     *
     * <p>Required. Allowed values: {@code efa}, {@code efa-only}. CloudFormation property {@code
     * InterfaceType}.
     */
    public ClusterNetworkInterface interfaceType(String value) {
      return set("InterfaceType", Value.of(value));
    }

    /** Sets {@code InterfaceType} to this value; see {@link #interfaceType(String)}. */
    public ClusterNetworkInterface interfaceType(Value<String> value) {
      return set("InterfaceType", value);
    }
  }

  /**
   * The configuration for the Amazon EKS cluster that is used as the orchestrator for the SageMaker
   * HyperPod cluster. This includes the Amazon Resource Name (ARN) of the EKS cluster
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.ClusterOrchestratorEksConfig}.
   */
  public static final class ClusterOrchestratorEksConfig extends Struct<ClusterOrchestratorEksConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Cluster.ClusterOrchestratorEksConfig")
        .required("ClusterArn")
        .build();

    public ClusterOrchestratorEksConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the SageMaker HyperPod cluster.
     *
     * <p>Required. CloudFormation property {@code ClusterArn}.
     */
    public ClusterOrchestratorEksConfig clusterArn(String value) {
      return set("ClusterArn", Value.of(value));
    }

    /** Sets {@code ClusterArn} to this value; see {@link #clusterArn(String)}. */
    public ClusterOrchestratorEksConfig clusterArn(Value<String> value) {
      return set("ClusterArn", value);
    }
  }

  /**
   * Specifies parameter(s) related to Slurm as orchestrator.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.ClusterOrchestratorSlurmConfig}.
   */
  public static final class ClusterOrchestratorSlurmConfig extends Struct<ClusterOrchestratorSlurmConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Cluster.ClusterOrchestratorSlurmConfig")
        .allowed("SlurmConfigStrategy", "Overwrite", "Managed", "Merge")
        .build();

    public ClusterOrchestratorSlurmConfig() {
      super(SCHEMA);
    }

    /**
     * External MySQL-compatible accounting database that a Slurm cluster's slurmdbd connects to.
     * Database credentials are supplied out-of-band through the referenced Secrets Manager secret.
     * Supported only with Continuous node provisioning.
     *
     * <p>CloudFormation property {@code AccountingDatabase}.
     */
    public ClusterOrchestratorSlurmConfig accountingDatabase(Value<ClusterAccountingDatabase> value) {
      return set("AccountingDatabase", value);
    }

    /**
     * The strategy for managing Slurm configuration on the cluster.
     *
     * <p>Allowed values: {@code Overwrite}, {@code Managed}, {@code Merge}. CloudFormation property
     * {@code SlurmConfigStrategy}.
     */
    public ClusterOrchestratorSlurmConfig slurmConfigStrategy(String value) {
      return set("SlurmConfigStrategy", Value.of(value));
    }

    /** Sets {@code SlurmConfigStrategy} to this value; see {@link #slurmConfigStrategy(String)}. */
    public ClusterOrchestratorSlurmConfig slurmConfigStrategy(Value<String> value) {
      return set("SlurmConfigStrategy", value);
    }
  }

  /**
   * Details of a restricted instance group in a SageMaker HyperPod cluster.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.ClusterRestrictedInstanceGroup}.
   */
  public static final class ClusterRestrictedInstanceGroup extends Struct<ClusterRestrictedInstanceGroup> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Cluster.ClusterRestrictedInstanceGroup")
        .required("ExecutionRole", "InstanceCount", "InstanceGroupName", "InstanceType")
        .constrain("CurrentCount", Constraint.of().minimum(0))
        .constrain("ExecutionRole", Constraint.of().pattern("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(20).maxLength(2048))
        .constrain("InstanceCount", Constraint.of().minimum(0).maximum(6758))
        .constrain("InstanceGroupName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(1).maxLength(63))
        .allowed("OnStartDeepHealthChecks", "InstanceStress", "InstanceConnectivity")
        .constrain("ThreadsPerCore", Constraint.of().minimum(1).maximum(2))
        .constrain("TrainingPlanArn", Constraint.of().pattern("^arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:training-plan/.*$").minLength(50).maxLength(2048))
        .build();

    public ClusterRestrictedInstanceGroup() {
      super(SCHEMA);
    }

    /**
     * The number of instances that are currently in the restricted instance group of a SageMaker
     * HyperPod cluster.
     *
     * <p>Range: at least 0. CloudFormation property {@code CurrentCount}.
     */
    public ClusterRestrictedInstanceGroup currentCount(int value) {
      return set("CurrentCount", Value.of(value));
    }

    /** Sets {@code CurrentCount} to this value; see {@link #currentCount(int)}. */
    public ClusterRestrictedInstanceGroup currentCount(Value<Integer> value) {
      return set("CurrentCount", value);
    }

    /**
     * The configuration for the restricted instance groups (RIG) environment.
     *
     * <p>CloudFormation property {@code EnvironmentConfig}.
     */
    public ClusterRestrictedInstanceGroup environmentConfig(Value<EnvironmentConfig> value) {
      return set("EnvironmentConfig", value);
    }

    /**
     * The execution role for the instance group to assume.
     *
     * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:aws[a-z&#92;-]*:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. CloudFormation
     * property {@code ExecutionRole}.
     */
    public ClusterRestrictedInstanceGroup executionRole(String value) {
      return set("ExecutionRole", Value.of(value));
    }

    /** Sets {@code ExecutionRole} to this value; see {@link #executionRole(String)}. */
    public ClusterRestrictedInstanceGroup executionRole(Value<String> value) {
      return set("ExecutionRole", value);
    }

    /**
     * The number of instances you specified to add to the restricted instance group of a SageMaker
     * HyperPod cluster.
     *
     * <p>Required. Range: 0 to 6758. CloudFormation property {@code InstanceCount}.
     */
    public ClusterRestrictedInstanceGroup instanceCount(int value) {
      return set("InstanceCount", Value.of(value));
    }

    /** Sets {@code InstanceCount} to this value; see {@link #instanceCount(int)}. */
    public ClusterRestrictedInstanceGroup instanceCount(Value<Integer> value) {
      return set("InstanceCount", value);
    }

    /**
     * The name of the instance group of a SageMaker HyperPod cluster.
     *
     * <p>Required. Length: 1 to 63 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}.
     * CloudFormation property {@code InstanceGroupName}.
     */
    public ClusterRestrictedInstanceGroup instanceGroupName(String value) {
      return set("InstanceGroupName", Value.of(value));
    }

    /** Sets {@code InstanceGroupName} to this value; see {@link #instanceGroupName(String)}. */
    public ClusterRestrictedInstanceGroup instanceGroupName(Value<String> value) {
      return set("InstanceGroupName", value);
    }

    /**
     * The instance storage configuration for the instance group.
     *
     * <p>CloudFormation property {@code InstanceStorageConfigs}.
     */
    public ClusterRestrictedInstanceGroup instanceStorageConfigs(List<ClusterInstanceStorageConfig> value) {
      return set("InstanceStorageConfigs", Value.listOf(value));
    }

    /**
     * Sets {@code InstanceStorageConfigs} to this value; see {@link #instanceStorageConfigs(List)}.
     */
    public ClusterRestrictedInstanceGroup instanceStorageConfigs(Value<List<ClusterInstanceStorageConfig>> value) {
      return set("InstanceStorageConfigs", value);
    }

    /**
     * Sets {@code InstanceStorageConfigs} to a list of these; see {@link
     * #instanceStorageConfigs(List)}.
     */
    public ClusterRestrictedInstanceGroup instanceStorageConfigs(ClusterInstanceStorageConfig... values) {
      return set("InstanceStorageConfigs", Value.list(values));
    }

    /**
     * The instance type of the instance group of a SageMaker HyperPod cluster.
     *
     * <p>Required. CloudFormation property {@code InstanceType}.
     */
    public ClusterRestrictedInstanceGroup instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public ClusterRestrictedInstanceGroup instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /**
     * Nodes will undergo advanced stress test to detect and replace faulty instances, based on the
     * type of deep health check(s) passed in.
     *
     * <p>Allowed values: {@code InstanceStress}, {@code InstanceConnectivity}. CloudFormation
     * property {@code OnStartDeepHealthChecks}.
     */
    public ClusterRestrictedInstanceGroup onStartDeepHealthChecks(List<String> value) {
      return set("OnStartDeepHealthChecks", Value.listOf(value));
    }

    /**
     * Sets {@code OnStartDeepHealthChecks} to this value; see {@link
     * #onStartDeepHealthChecks(List)}.
     */
    public ClusterRestrictedInstanceGroup onStartDeepHealthChecks(Value<List<String>> value) {
      return set("OnStartDeepHealthChecks", value);
    }

    /**
     * Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and
     * compute resources have access to. You can control access to and from your resources by
     * configuring a VPC.
     *
     * <p>CloudFormation property {@code OverrideVpcConfig}.
     */
    public ClusterRestrictedInstanceGroup overrideVpcConfig(Value<VpcConfig> value) {
      return set("OverrideVpcConfig", value);
    }

    /**
     * The number you specified to TreadsPerCore in CreateCluster for enabling or disabling
     * multithreading. For instance types that support multithreading, you can specify 1 for
     * disabling multithreading and 2 for enabling multithreading.
     *
     * <p>Range: 1 to 2. CloudFormation property {@code ThreadsPerCore}.
     */
    public ClusterRestrictedInstanceGroup threadsPerCore(int value) {
      return set("ThreadsPerCore", Value.of(value));
    }

    /** Sets {@code ThreadsPerCore} to this value; see {@link #threadsPerCore(int)}. */
    public ClusterRestrictedInstanceGroup threadsPerCore(Value<Integer> value) {
      return set("ThreadsPerCore", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the training plan to use for this cluster restricted
     * instance group. For more information about how to reserve GPU capacity for your SageMaker
     * HyperPod clusters using Amazon SageMaker Training Plan, see CreateTrainingPlan.
     *
     * <p>Length: 50 to 2048 characters. Pattern: {@code
     * ^arn:aws[a-z&#92;-]*:sagemaker:[a-z0-9&#92;-]*:[0-9]{12}:training-plan/.*$}. CloudFormation
     * property {@code TrainingPlanArn}.
     */
    public ClusterRestrictedInstanceGroup trainingPlanArn(String value) {
      return set("TrainingPlanArn", Value.of(value));
    }

    /** Sets {@code TrainingPlanArn} to this value; see {@link #trainingPlanArn(String)}. */
    public ClusterRestrictedInstanceGroup trainingPlanArn(Value<String> value) {
      return set("TrainingPlanArn", value);
    }
  }

  /**
   * Slurm configuration for the instance group.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.ClusterSlurmConfig}.
   */
  public static final class ClusterSlurmConfig extends Struct<ClusterSlurmConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Cluster.ClusterSlurmConfig")
        .required("NodeType")
        .allowed("NodeType", "Controller", "Login", "Compute")
        .constrain("PartitionNames", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(0).maxLength(1024))
        .build();

    public ClusterSlurmConfig() {
      super(SCHEMA);
    }

    /**
     * The type of Slurm node for this instance group.
     *
     * <p>Required. Allowed values: {@code Controller}, {@code Login}, {@code Compute}.
     * CloudFormation property {@code NodeType}.
     */
    public ClusterSlurmConfig nodeType(String value) {
      return set("NodeType", Value.of(value));
    }

    /** Sets {@code NodeType} to this value; see {@link #nodeType(String)}. */
    public ClusterSlurmConfig nodeType(Value<String> value) {
      return set("NodeType", value);
    }

    /**
     * The Slurm partitions that this instance group belongs to. Maximum of 1 partition.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}.
     * CloudFormation property {@code PartitionNames}.
     */
    public ClusterSlurmConfig partitionNames(List<String> value) {
      return set("PartitionNames", Value.listOf(value));
    }

    /** Sets {@code PartitionNames} to this value; see {@link #partitionNames(List)}. */
    public ClusterSlurmConfig partitionNames(Value<List<String>> value) {
      return set("PartitionNames", value);
    }
  }

  /**
   * The deployment configuration for an endpoint, which contains the desired deployment strategy
   * and rollback configurations.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.DeploymentConfig}.
   */
  public static final class DeploymentConfig extends Struct<DeploymentConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Cluster.DeploymentConfig")
        .constrain("WaitIntervalInSeconds", Constraint.of().minimum(0).maximum(3600))
        .build();

    public DeploymentConfig() {
      super(SCHEMA);
    }

    /**
     * Automatic rollback configuration for handling endpoint deployment failures and recovery.
     *
     * <p>CloudFormation property {@code AutoRollbackConfiguration}.
     */
    public DeploymentConfig autoRollbackConfiguration(List<AlarmDetails> value) {
      return set("AutoRollbackConfiguration", Value.listOf(value));
    }

    /**
     * Sets {@code AutoRollbackConfiguration} to this value; see {@link
     * #autoRollbackConfiguration(List)}.
     */
    public DeploymentConfig autoRollbackConfiguration(Value<List<AlarmDetails>> value) {
      return set("AutoRollbackConfiguration", value);
    }

    /**
     * Sets {@code AutoRollbackConfiguration} to a list of these; see {@link
     * #autoRollbackConfiguration(List)}.
     */
    public DeploymentConfig autoRollbackConfiguration(AlarmDetails... values) {
      return set("AutoRollbackConfiguration", Value.list(values));
    }

    /**
     * Specifies a rolling deployment strategy for updating a SageMaker endpoint.
     *
     * <p>CloudFormation property {@code RollingUpdatePolicy}.
     */
    public DeploymentConfig rollingUpdatePolicy(Value<RollingUpdatePolicy> value) {
      return set("RollingUpdatePolicy", value);
    }

    /**
     * The duration in seconds that SageMaker waits before updating more instances in the cluster.
     *
     * <p>Range: 0 to 3600. CloudFormation property {@code WaitIntervalInSeconds}.
     */
    public DeploymentConfig waitIntervalInSeconds(int value) {
      return set("WaitIntervalInSeconds", Value.of(value));
    }

    /**
     * Sets {@code WaitIntervalInSeconds} to this value; see {@link #waitIntervalInSeconds(int)}.
     */
    public DeploymentConfig waitIntervalInSeconds(Value<Integer> value) {
      return set("WaitIntervalInSeconds", value);
    }
  }

  /**
   * The configuration for the restricted instance groups (RIG) environment.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.EnvironmentConfig}.
   */
  public static final class EnvironmentConfig extends Struct<EnvironmentConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::Cluster.EnvironmentConfig");

    public EnvironmentConfig() {
      super(SCHEMA);
    }

    /**
     * Configuration settings for an Amazon FSx for Lustre file system to be used with the cluster.
     *
     * <p>CloudFormation property {@code FSxLustreConfig}.
     */
    public EnvironmentConfig fSxLustreConfig(Value<FSxLustreConfig> value) {
      return set("FSxLustreConfig", value);
    }
  }

  /**
   * Configuration settings for an Amazon FSx for Lustre file system to be used with the cluster.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.FSxLustreConfig}.
   */
  public static final class FSxLustreConfig extends Struct<FSxLustreConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Cluster.FSxLustreConfig")
        .required("PerUnitStorageThroughput", "SizeInGiB")
        .constrain("PerUnitStorageThroughput", Constraint.of().minimum(125).maximum(1000))
        .constrain("SizeInGiB", Constraint.of().minimum(1200).maximum(100800))
        .build();

    public FSxLustreConfig() {
      super(SCHEMA);
    }

    /**
     * The throughput capacity of the Amazon FSx for Lustre file system, measured in MB/s per TiB of
     * storage.
     *
     * <p>Required. Range: 125 to 1000. CloudFormation property {@code PerUnitStorageThroughput}.
     */
    public FSxLustreConfig perUnitStorageThroughput(int value) {
      return set("PerUnitStorageThroughput", Value.of(value));
    }

    /**
     * Sets {@code PerUnitStorageThroughput} to this value; see {@link
     * #perUnitStorageThroughput(int)}.
     */
    public FSxLustreConfig perUnitStorageThroughput(Value<Integer> value) {
      return set("PerUnitStorageThroughput", value);
    }

    /**
     * The storage capacity of the Amazon FSx for Lustre file system, specified in gibibytes (GiB).
     *
     * <p>Required. Range: 1200 to 100800. CloudFormation property {@code SizeInGiB}.
     */
    public FSxLustreConfig sizeInGiB(int value) {
      return set("SizeInGiB", Value.of(value));
    }

    /** Sets {@code SizeInGiB} to this value; see {@link #sizeInGiB(int)}. */
    public FSxLustreConfig sizeInGiB(Value<Integer> value) {
      return set("SizeInGiB", value);
    }
  }

  /**
   * The instance requirements for the instance group. Specifies a list of instance types that can
   * be used.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.InstanceRequirements}.
   */
  public static final class InstanceRequirements extends Struct<InstanceRequirements> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Cluster.InstanceRequirements")
        .required("InstanceTypes")
        .build();

    public InstanceRequirements() {
      super(SCHEMA);
    }

    /**
     * A list of instance types that can be used for this instance group.
     *
     * <p>Required. CloudFormation property {@code InstanceTypes}.
     */
    public InstanceRequirements instanceTypes(List<String> value) {
      return set("InstanceTypes", Value.listOf(value));
    }

    /** Sets {@code InstanceTypes} to this value; see {@link #instanceTypes(List)}. */
    public InstanceRequirements instanceTypes(Value<List<String>> value) {
      return set("InstanceTypes", value);
    }
  }

  /**
   * The orchestrator for a SageMaker HyperPod cluster.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.Orchestrator}.
   */
  public static final class Orchestrator extends Struct<Orchestrator> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::Cluster.Orchestrator");

    public Orchestrator() {
      super(SCHEMA);
    }

    /**
     * The configuration of the Amazon EKS orchestrator cluster for the SageMaker HyperPod cluster.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Eks}.
     */
    public Orchestrator eks(Value<ClusterOrchestratorEksConfig> value) {
      return set("Eks", value);
    }

    /**
     * Specifies parameter(s) related to Slurm as orchestrator.
     *
     * <p>CloudFormation property {@code Slurm}.
     */
    public Orchestrator slurm(Value<ClusterOrchestratorSlurmConfig> value) {
      return set("Slurm", value);
    }
  }

  /**
   * The schedule configuration for automatic patching.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.PatchSchedule}.
   */
  public static final class PatchSchedule extends Struct<PatchSchedule> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::Cluster.PatchSchedule");

    public PatchSchedule() {
      super(SCHEMA);
    }

    /**
     * The date and time of the next scheduled patch, set by the system when a patch AMI is
     * detected.
     *
     * <p>CloudFormation property {@code NextPatchDate}.
     */
    public PatchSchedule nextPatchDate(String value) {
      return set("NextPatchDate", Value.of(value));
    }

    /** Sets {@code NextPatchDate} to this value; see {@link #nextPatchDate(String)}. */
    public PatchSchedule nextPatchDate(Value<String> value) {
      return set("NextPatchDate", value);
    }
  }

  /**
   * The cluster-level configuration for restricted instance groups, including shared environment
   * settings for inter-RIG communication and FSx Lustre sharing.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.RestrictedInstanceGroupsConfig}.
   */
  public static final class RestrictedInstanceGroupsConfig extends Struct<RestrictedInstanceGroupsConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Cluster.RestrictedInstanceGroupsConfig")
        .required("SharedEnvironmentConfig")
        .build();

    public RestrictedInstanceGroupsConfig() {
      super(SCHEMA);
    }

    /**
     * The shared environment configuration for restricted instance groups that use cluster-level
     * shared FSx Lustre storage.
     *
     * <p>Required. CloudFormation property {@code SharedEnvironmentConfig}.
     */
    public RestrictedInstanceGroupsConfig sharedEnvironmentConfig(Value<SharedEnvironmentConfig> value) {
      return set("SharedEnvironmentConfig", value);
    }
  }

  /**
   * Specifies a rolling deployment strategy for updating a SageMaker endpoint.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.RollingUpdatePolicy}.
   */
  public static final class RollingUpdatePolicy extends Struct<RollingUpdatePolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Cluster.RollingUpdatePolicy")
        .required("MaximumBatchSize")
        .build();

    public RollingUpdatePolicy() {
      super(SCHEMA);
    }

    /**
     * Batch size for each rolling step to provision capacity and turn on traffic on the new
     * endpoint fleet, and terminate capacity on the old endpoint fleet. Value must be between 5% to
     * 50% of the variant's total instance count.
     *
     * <p>Required. CloudFormation property {@code MaximumBatchSize}.
     */
    public RollingUpdatePolicy maximumBatchSize(Value<CapacitySizeConfig> value) {
      return set("MaximumBatchSize", value);
    }

    /**
     * Batch size for rollback to the old endpoint fleet. Each rolling step to provision capacity
     * and turn on traffic on the old endpoint fleet, and terminate capacity on the new endpoint
     * fleet. If this field is absent, the default value will be set to 100% of total capacity which
     * means to bring up the whole capacity of the old fleet at once during rollback.
     *
     * <p>CloudFormation property {@code RollbackMaximumBatchSize}.
     */
    public RollingUpdatePolicy rollbackMaximumBatchSize(Value<CapacitySizeConfig> value) {
      return set("RollbackMaximumBatchSize", value);
    }
  }

  /**
   * The configuration object of the schedule that SageMaker follows when updating the AMI.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.ScheduledUpdateConfig}.
   */
  public static final class ScheduledUpdateConfig extends Struct<ScheduledUpdateConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Cluster.ScheduledUpdateConfig")
        .required("ScheduleExpression")
        .constrain("ScheduleExpression", Constraint.of().pattern("cron\\((?:[0-5][0-9]|[0-9]|) (?:[01][0-9]|2[0-3]|[0-9]) (?:[1-9]|0[1-9]|[12][0-9]|3[01]|\\?) (?:[1-9]|0[1-9]|1[0-2]|\\*|\\*/(?:[1-9]|1[0-2])|) (?:MON|TUE|WED|THU|FRI|SAT|SUN|[1-7]|\\?|L|(?:[1-7]#[1-5])|(?:[1-7]L)) (?:20[2-9][0-9]|\\*|)\\)").minLength(1).maxLength(256))
        .build();

    public ScheduledUpdateConfig() {
      super(SCHEMA);
    }

    /**
     * The configuration to use when updating the AMI versions.
     *
     * <p>CloudFormation property {@code DeploymentConfig}.
     */
    public ScheduledUpdateConfig deploymentConfig(Value<DeploymentConfig> value) {
      return set("DeploymentConfig", value);
    }

    /**
     * A cron expression that specifies the schedule that SageMaker follows when updating the AMI.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code cron&#92;((?:[0-5][0-9]|[0-9]|)
     * (?:[01][0-9]|2[0-3]|[0-9]) (?:[1-9]|0[1-9]|[12][0-9]|3[01]|&#92;?)
     * (?:[1-9]|0[1-9]|1[0-2]|&#92;*|&#92;*&#47;(?:[1-9]|1[0-2])|)
     * (?:MON|TUE|WED|THU|FRI|SAT|SUN|[1-7]|&#92;?|L|(?:[1-7]#[1-5])|(?:[1-7]L))
     * (?:20[2-9][0-9]|&#92;*|)&#92;)}. CloudFormation property {@code ScheduleExpression}.
     */
    public ScheduledUpdateConfig scheduleExpression(String value) {
      return set("ScheduleExpression", Value.of(value));
    }

    /** Sets {@code ScheduleExpression} to this value; see {@link #scheduleExpression(String)}. */
    public ScheduledUpdateConfig scheduleExpression(Value<String> value) {
      return set("ScheduleExpression", value);
    }
  }

  /**
   * The shared environment configuration for restricted instance groups that use cluster-level
   * shared FSx Lustre storage.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.SharedEnvironmentConfig}.
   */
  public static final class SharedEnvironmentConfig extends Struct<SharedEnvironmentConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Cluster.SharedEnvironmentConfig")
        .required("FSxLustreDeletionPolicy")
        .allowed("FSxLustreDeletionPolicy", "Keep", "DeleteIfNotUsed")
        .build();

    public SharedEnvironmentConfig() {
      super(SCHEMA);
    }

    /**
     * Configuration settings for an Amazon FSx for Lustre file system to be used with the cluster.
     *
     * <p>CloudFormation property {@code FSxLustreConfig}.
     */
    public SharedEnvironmentConfig fSxLustreConfig(Value<FSxLustreConfig> value) {
      return set("FSxLustreConfig", value);
    }

    /**
     * The deletion policy for the shared FSx Lustre file system. Keep retains the FSx when RIGs are
     * deleted. DeleteIfNotUsed deletes the FSx when no RIGs reference it.
     *
     * <p>Required. Allowed values: {@code Keep}, {@code DeleteIfNotUsed}. CloudFormation property
     * {@code FSxLustreDeletionPolicy}.
     */
    public SharedEnvironmentConfig fSxLustreDeletionPolicy(String value) {
      return set("FSxLustreDeletionPolicy", Value.of(value));
    }

    /**
     * Sets {@code FSxLustreDeletionPolicy} to this value; see {@link
     * #fSxLustreDeletionPolicy(String)}.
     */
    public SharedEnvironmentConfig fSxLustreDeletionPolicy(Value<String> value) {
      return set("FSxLustreDeletionPolicy", value);
    }
  }

  /**
   * Configuration for tiered storage in the SageMaker HyperPod cluster.
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.TieredStorageConfig}.
   */
  public static final class TieredStorageConfig extends Struct<TieredStorageConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Cluster.TieredStorageConfig")
        .required("Mode")
        .constrain("InstanceMemoryAllocationPercentage", Constraint.of().minimum(0).maximum(100))
        .allowed("Mode", "Enable", "Disable")
        .build();

    public TieredStorageConfig() {
      super(SCHEMA);
    }

    /**
     * The percentage of instance memory to allocate for tiered storage.
     *
     * <p>Range: 0 to 100. CloudFormation property {@code InstanceMemoryAllocationPercentage}.
     */
    public TieredStorageConfig instanceMemoryAllocationPercentage(int value) {
      return set("InstanceMemoryAllocationPercentage", Value.of(value));
    }

    /**
     * Sets {@code InstanceMemoryAllocationPercentage} to this value; see {@link
     * #instanceMemoryAllocationPercentage(int)}.
     */
    public TieredStorageConfig instanceMemoryAllocationPercentage(Value<Integer> value) {
      return set("InstanceMemoryAllocationPercentage", value);
    }

    /**
     * The mode of tiered storage.
     *
     * <p>Required. Allowed values: {@code Enable}, {@code Disable}. CloudFormation property {@code
     * Mode}.
     */
    public TieredStorageConfig mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public TieredStorageConfig mode(Value<String> value) {
      return set("Mode", value);
    }
  }

  /**
   * Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and
   * compute resources have access to. You can control access to and from your resources by
   * configuring a VPC. For more information, see <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/infrastructure-give-access.html">Give
   * SageMaker Access to Resources in your Amazon VPC</a> .
   *
   * <p>Property type {@code AWS::SageMaker::Cluster.VpcConfig}.
   */
  public static final class VpcConfig extends Struct<VpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Cluster.VpcConfig")
        .required("SecurityGroupIds", "Subnets")
        .constrain("SecurityGroupIds", Constraint.of().pattern("[-0-9a-zA-Z]+").minLength(0).maxLength(32).format("AWS::EC2::SecurityGroup.Id"))
        .constrain("Subnets", Constraint.of().pattern("[-0-9a-zA-Z]+").minLength(0).maxLength(32).format("AWS::EC2::Subnet.Id"))
        .build();

    public VpcConfig() {
      super(SCHEMA);
    }

    /**
     * The VPC security group IDs, in the form <code>sg-xxxxxxxx</code> . Specify the security
     * groups for the VPC that is specified in the <code>Subnets</code> field.
     *
     * <p>Required. Length: 0 to 32 characters. Pattern: {@code [-0-9a-zA-Z]+}. Format: {@code
     * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
     */
    public VpcConfig securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public VpcConfig securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * The ID of the subnets in the VPC to which you want to connect your training job or model. For
     * information about the availability of specific instance types, see <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/instance-types-az.html">Supported
     * Instance Types and Availability Zones</a> .
     *
     * <p>Required. Length: 0 to 32 characters. Pattern: {@code [-0-9a-zA-Z]+}. Format: {@code
     * AWS::EC2::Subnet.Id}. CloudFormation property {@code Subnets}.
     */
    public VpcConfig subnets(List<String> value) {
      return set("Subnets", Value.listOf(value));
    }

    /** Sets {@code Subnets} to this value; see {@link #subnets(List)}. */
    public VpcConfig subnets(Value<List<String>> value) {
      return set("Subnets", value);
    }
  }
}
