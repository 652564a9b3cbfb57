// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pcs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates an AWS PCS compute node group resource. For more information, see <a
 * href="https://docs.aws.amazon.com/pcs/latest/userguide/working-with_cng_create.html">Creating a
 * compute node group in AWS PCS</a> in the <em>AWS PCS User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::PCS::ComputeNodeGroup}.
 */
public final class ComputeNodeGroup extends Resource<ComputeNodeGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::PCS::ComputeNodeGroup")
      .required("ClusterId", "CustomLaunchTemplate", "IamInstanceProfileArn", "InstanceConfigs",
          "ScalingConfiguration", "SubnetIds")
      .constrain("AmiId", Constraint.of().pattern("^ami-[a-z0-9]+$").format("AWS::EC2::Image.Id"))
      .constrain("IamInstanceProfileArn", Constraint.of().pattern("^arn:aws([a-zA-Z-]{0,10})?:iam::[0-9]{12}:instance-profile/.{1,128}$"))
      .allowed("PurchaseOption", "ONDEMAND", "SPOT", "CAPACITY_BLOCK",
          "INTERRUPTIBLE_CAPACITY_RESERVATION")
      .refYields("Arn")
      .attributes("Arn", "ErrorInfo", "Id", "Status")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public ComputeNodeGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the Amazon Machine Image (AMI) that AWS PCS uses to launch instances. If not
   * provided, AWS PCS uses the AMI ID specified in the custom launch template.
   *
   * <p>Pattern: {@code ^ami-[a-z0-9]+$}. Format: {@code AWS::EC2::Image.Id}. CloudFormation
   * property {@code AmiId}.
   */
  public ComputeNodeGroup amiId(String value) {
    return set("AmiId", Value.of(value));
  }

  /** Sets {@code AmiId} to this value; see {@link #amiId(String)}. */
  public ComputeNodeGroup amiId(Value<String> value) {
    return set("AmiId", value);
  }

  /**
   * The ID of the cluster of the compute node group.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ClusterId}.
   */
  public ComputeNodeGroup clusterId(String value) {
    return set("ClusterId", Value.of(value));
  }

  /** Sets {@code ClusterId} to this value; see {@link #clusterId(String)}. */
  public ComputeNodeGroup clusterId(Value<String> value) {
    return set("ClusterId", value);
  }

  /**
   * An Amazon EC2 launch template AWS PCS uses to launch compute nodes.
   *
   * <p>Required. CloudFormation property {@code CustomLaunchTemplate}.
   */
  public ComputeNodeGroup customLaunchTemplate(Value<CustomLaunchTemplate> value) {
    return set("CustomLaunchTemplate", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM instance profile used to pass an IAM role when
   * launching EC2 instances. The role contained in your instance profile must have the
   * <code>pcs:RegisterComputeNodeGroupInstance</code> permission and the role name must start with
   * <code>AWSPCS</code> or must have the path <code>/aws-pcs/</code> . For more information, see <a
   * href="https://docs.aws.amazon.com//pcs/latest/userguide/security-instance-profiles.html">IAM
   * instance profiles for AWS PCS</a> in the <em>AWS PCS User Guide</em> .
   *
   * <p>Required. Pattern: {@code
   * ^arn:aws([a-zA-Z-]{0,10})?:iam::[0-9]{12}:instance-profile/.{1,128}$}. CloudFormation property
   * {@code IamInstanceProfileArn}.
   */
  public ComputeNodeGroup iamInstanceProfileArn(String value) {
    return set("IamInstanceProfileArn", Value.of(value));
  }

  /**
   * Sets {@code IamInstanceProfileArn} to this value; see {@link #iamInstanceProfileArn(String)}.
   */
  public ComputeNodeGroup iamInstanceProfileArn(Value<String> value) {
    return set("IamInstanceProfileArn", value);
  }

  /**
   * A list of EC2 instance configurations that AWS PCS can provision in the compute node group.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * InstanceConfigs}.
   */
  public ComputeNodeGroup instanceConfigs(List<InstanceConfig> value) {
    return set("InstanceConfigs", Value.listOf(value));
  }

  /** Sets {@code InstanceConfigs} to this value; see {@link #instanceConfigs(List)}. */
  public ComputeNodeGroup instanceConfigs(Value<List<InstanceConfig>> value) {
    return set("InstanceConfigs", value);
  }

  /** Sets {@code InstanceConfigs} to a list of these; see {@link #instanceConfigs(List)}. */
  public ComputeNodeGroup instanceConfigs(InstanceConfig... values) {
    return set("InstanceConfigs", Value.list(values));
  }

  /**
   * The name that identifies the compute node group.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public ComputeNodeGroup name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ComputeNodeGroup name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Custom scripts that run at defined points in a compute node's lifecycle.
   *
   * <p>CloudFormation property {@code NodeLifecycleActions}.
   */
  public ComputeNodeGroup nodeLifecycleActions(Value<NodeLifecycleActions> value) {
    return set("NodeLifecycleActions", value);
  }

  /**
   * Specifies how EC2 instances are purchased on your behalf. AWS PCS supports On-Demand Instances,
   * Spot Instances, and Amazon EC2 Capacity Blocks for ML. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-purchasing-options.html">Amazon
   * EC2 billing and purchasing options</a> in the <em>Amazon Elastic Compute Cloud User Guide</em>
   * . For more information about AWS PCS support for Capacity Blocks, see <a
   * href="https://docs.aws.amazon.com/pcs/latest/userguide/capacity-blocks.html">Using Amazon EC2
   * Capacity Blocks for ML with AWS PCS</a> in the <em>AWS PCS User Guide</em> . If you don't
   * provide this option, it defaults to On-Demand.
   *
   * <p>Allowed values: {@code ONDEMAND}, {@code SPOT}, {@code CAPACITY_BLOCK}, {@code
   * INTERRUPTIBLE_CAPACITY_RESERVATION}. CloudFormation property {@code PurchaseOption}.
   */
  public ComputeNodeGroup purchaseOption(String value) {
    return set("PurchaseOption", Value.of(value));
  }

  /** Sets {@code PurchaseOption} to this value; see {@link #purchaseOption(String)}. */
  public ComputeNodeGroup purchaseOption(Value<String> value) {
    return set("PurchaseOption", value);
  }

  /**
   * Specifies the boundaries of the compute node group auto scaling.
   *
   * <p>Required. CloudFormation property {@code ScalingConfiguration}.
   */
  public ComputeNodeGroup scalingConfiguration(Value<ScalingConfiguration> value) {
    return set("ScalingConfiguration", value);
  }

  /**
   * Additional options related to the Slurm scheduler.
   *
   * <p>CloudFormation property {@code SlurmConfiguration}.
   */
  public ComputeNodeGroup slurmConfiguration(Value<SlurmConfiguration> value) {
    return set("SlurmConfiguration", value);
  }

  /**
   * Additional configuration when you specify <code>SPOT</code> as the <code>purchaseOption</code>
   * for the <code>CreateComputeNodeGroup</code> API action.
   *
   * <p>CloudFormation property {@code SpotOptions}.
   */
  public ComputeNodeGroup spotOptions(Value<SpotOptions> value) {
    return set("SpotOptions", value);
  }

  /**
   * The list of subnet IDs where instances are provisioned by the compute node group. The subnets
   * must be in the same VPC as the cluster.
   *
   * <p>Required. CloudFormation property {@code SubnetIds}.
   */
  public ComputeNodeGroup subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public ComputeNodeGroup subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /**
   * 1 or more tags added to the resource. Each tag consists of a tag key and tag value. The tag
   * value is optional and can be an empty string.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ComputeNodeGroup tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public ComputeNodeGroup tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public ComputeNodeGroup tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The unique Amazon Resource Name (ARN) of the compute node group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The list of errors that occurred during compute node group provisioning.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ErrorInfo}.
   */
  public Value<List<ErrorInfo>> errorInfo() {
    return getAtt("ErrorInfo");
  }

  /**
   * The generated unique ID of the compute node group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The provisioning status of the compute node group.
   *
   * <p>The provisioning status doesn't indicate the overall health of the compute node group. &gt;
   * The resource enters the <code>SUSPENDING</code> and <code>SUSPENDED</code> states when the
   * scheduler is beyond end of life and we have suspended the cluster. When in these states, you
   * can't use the cluster. The cluster controller is down and all compute instances are terminated.
   * The resources still count toward your service quotas. You can delete a resource if its status
   * is <code>SUSPENDED</code> . For more information, see <a
   * href="https://docs.aws.amazon.com//pcs/latest/userguide/slurm-versions_faq.html">Frequently
   * asked questions about Slurm versions in AWS PCS</a> in the <em>AWS PCS User Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * An Amazon EC2 launch template AWS PCS uses to launch compute nodes.
   *
   * <p>Property type {@code AWS::PCS::ComputeNodeGroup.CustomLaunchTemplate}.
   */
  public static final class CustomLaunchTemplate extends Struct<CustomLaunchTemplate> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCS::ComputeNodeGroup.CustomLaunchTemplate")
        .required("Version")
        .build();

    public CustomLaunchTemplate() {
      super(SCHEMA);
    }

    /**
     * The ID of the EC2 launch template to use to provision instances.
     *
     * <p>CloudFormation property {@code TemplateId}.
     */
    public CustomLaunchTemplate templateId(String value) {
      return set("TemplateId", Value.of(value));
    }

    /** Sets {@code TemplateId} to this value; see {@link #templateId(String)}. */
    public CustomLaunchTemplate templateId(Value<String> value) {
      return set("TemplateId", value);
    }

    /**
     * The version of the EC2 launch template to use to provision instances.
     *
     * <p>Required. CloudFormation property {@code Version}.
     */
    public CustomLaunchTemplate version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public CustomLaunchTemplate version(Value<String> value) {
      return set("Version", value);
    }
  }

  /**
   * An error that occurred during resource creation.
   *
   * <p>Property type {@code AWS::PCS::ComputeNodeGroup.ErrorInfo}.
   */
  public static final class ErrorInfo extends Struct<ErrorInfo> {
    private static final Schema SCHEMA = Schema.of("AWS::PCS::ComputeNodeGroup.ErrorInfo");

    public ErrorInfo() {
      super(SCHEMA);
    }

    /**
     * The short-form error code.
     *
     * <p>CloudFormation property {@code Code}.
     */
    public ErrorInfo code(String value) {
      return set("Code", Value.of(value));
    }

    /** Sets {@code Code} to this value; see {@link #code(String)}. */
    public ErrorInfo code(Value<String> value) {
      return set("Code", value);
    }

    /**
     * The detailed error information.
     *
     * <p>CloudFormation property {@code Message}.
     */
    public ErrorInfo message(String value) {
      return set("Message", Value.of(value));
    }

    /** Sets {@code Message} to this value; see {@link #message(String)}. */
    public ErrorInfo message(Value<String> value) {
      return set("Message", value);
    }
  }

  /**
   * An EC2 instance configuration AWS PCS uses to launch compute nodes.
   *
   * <p>Property type {@code AWS::PCS::ComputeNodeGroup.InstanceConfig}.
   */
  public static final class InstanceConfig extends Struct<InstanceConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::PCS::ComputeNodeGroup.InstanceConfig");

    public InstanceConfig() {
      super(SCHEMA);
    }

    /**
     * The EC2 instance type that AWS PCS can provision in the compute node group.
     *
     * <p>Example: <code>t2.xlarge</code>
     *
     * <p>CloudFormation property {@code InstanceType}.
     */
    public InstanceConfig instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public InstanceConfig instanceType(Value<String> value) {
      return set("InstanceType", value);
    }
  }

  /**
   * Custom scripts that run at defined points in a compute node's lifecycle.
   *
   * <p>Property type {@code AWS::PCS::ComputeNodeGroup.NodeLifecycleActions}.
   */
  public static final class NodeLifecycleActions extends Struct<NodeLifecycleActions> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCS::ComputeNodeGroup.NodeLifecycleActions")
        .required("Stages")
        .allowed("ScriptCachingPolicy", "CACHE_ONCE", "REFRESH_ON_REBOOT")
        .build();

    public NodeLifecycleActions() {
      super(SCHEMA);
    }

    /**
     * Controls whether lifecycle scripts are downloaded once at first boot (CACHE_ONCE) or
     * re-downloaded on every reboot (REFRESH_ON_REBOOT). Defaults to CACHE_ONCE.
     *
     * <p>Allowed values: {@code CACHE_ONCE}, {@code REFRESH_ON_REBOOT}. CloudFormation property
     * {@code ScriptCachingPolicy}.
     */
    public NodeLifecycleActions scriptCachingPolicy(String value) {
      return set("ScriptCachingPolicy", Value.of(value));
    }

    /** Sets {@code ScriptCachingPolicy} to this value; see {@link #scriptCachingPolicy(String)}. */
    public NodeLifecycleActions scriptCachingPolicy(Value<String> value) {
      return set("ScriptCachingPolicy", value);
    }

    /**
     * The ordered scripts to run at each compute node lifecycle stage.
     *
     * <p>Required. CloudFormation property {@code Stages}.
     */
    public NodeLifecycleActions stages(Value<NodeLifecycleStages> value) {
      return set("Stages", value);
    }
  }

  /**
   * A single lifecycle script with its source, arguments, and error behavior.
   *
   * <p>Property type {@code AWS::PCS::ComputeNodeGroup.NodeLifecycleScript}.
   */
  public static final class NodeLifecycleScript extends Struct<NodeLifecycleScript> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCS::ComputeNodeGroup.NodeLifecycleScript")
        .required("Name", "ScriptSource")
        .constrain("Arguments", Constraint.of().maxLength(256))
        .allowed("ExecutionPolicy", "FIRST_BOOT_ONLY", "EVERY_BOOT")
        .constrain("Name", Constraint.of().pattern("^[A-Za-z0-9][A-Za-z0-9 _-]*$").minLength(1).maxLength(64))
        .allowed("OnError", "TERMINATE", "STOP_SEQUENCE", "CONTINUE")
        .build();

    public NodeLifecycleScript() {
      super(SCHEMA);
    }

    /**
     * An ordered list of arguments passed to the script.
     *
     * <p>Length: at most 256 characters. CloudFormation property {@code Arguments}.
     */
    public NodeLifecycleScript arguments(List<String> value) {
      return set("Arguments", Value.listOf(value));
    }

    /** Sets {@code Arguments} to this value; see {@link #arguments(List)}. */
    public NodeLifecycleScript arguments(Value<List<String>> value) {
      return set("Arguments", value);
    }

    /**
     * Whether the script runs only on the node's first boot (FIRST_BOOT_ONLY) or on every boot
     * including reboots (EVERY_BOOT). Defaults to FIRST_BOOT_ONLY.
     *
     * <p>Allowed values: {@code FIRST_BOOT_ONLY}, {@code EVERY_BOOT}. CloudFormation property
     * {@code ExecutionPolicy}.
     */
    public NodeLifecycleScript executionPolicy(String value) {
      return set("ExecutionPolicy", Value.of(value));
    }

    /** Sets {@code ExecutionPolicy} to this value; see {@link #executionPolicy(String)}. */
    public NodeLifecycleScript executionPolicy(Value<String> value) {
      return set("ExecutionPolicy", value);
    }

    /**
     * A human-readable name that identifies the script.
     *
     * <p>Required. Length: 1 to 64 characters. Pattern: {@code ^[A-Za-z0-9][A-Za-z0-9 _-]*$}.
     * CloudFormation property {@code Name}.
     */
    public NodeLifecycleScript name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public NodeLifecycleScript name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The behavior when the script exits with an error. Defaults to TERMINATE.
     *
     * <p>Allowed values: {@code TERMINATE}, {@code STOP_SEQUENCE}, {@code CONTINUE}. CloudFormation
     * property {@code OnError}.
     */
    public NodeLifecycleScript onError(String value) {
      return set("OnError", Value.of(value));
    }

    /** Sets {@code OnError} to this value; see {@link #onError(String)}. */
    public NodeLifecycleScript onError(Value<String> value) {
      return set("OnError", value);
    }

    /**
     * The external location of a lifecycle script.
     *
     * <p>Required. CloudFormation property {@code ScriptSource}.
     */
    public NodeLifecycleScript scriptSource(Value<ScriptSource> value) {
      return set("ScriptSource", value);
    }
  }

  /**
   * The ordered scripts to run at each compute node lifecycle stage.
   *
   * <p>Property type {@code AWS::PCS::ComputeNodeGroup.NodeLifecycleStages}.
   */
  public static final class NodeLifecycleStages extends Struct<NodeLifecycleStages> {
    private static final Schema SCHEMA = Schema.of("AWS::PCS::ComputeNodeGroup.NodeLifecycleStages");

    public NodeLifecycleStages() {
      super(SCHEMA);
    }

    /**
     * Scripts to run after the node is bootstrapped, once the PCS configuration phase completes and
     * before slurmd starts.
     *
     * <p>CloudFormation property {@code NodeBootstrapped}.
     */
    public NodeLifecycleStages nodeBootstrapped(List<NodeLifecycleScript> value) {
      return set("NodeBootstrapped", Value.listOf(value));
    }

    /** Sets {@code NodeBootstrapped} to this value; see {@link #nodeBootstrapped(List)}. */
    public NodeLifecycleStages nodeBootstrapped(Value<List<NodeLifecycleScript>> value) {
      return set("NodeBootstrapped", value);
    }

    /** Sets {@code NodeBootstrapped} to a list of these; see {@link #nodeBootstrapped(List)}. */
    public NodeLifecycleStages nodeBootstrapped(NodeLifecycleScript... values) {
      return set("NodeBootstrapped", Value.list(values));
    }

    /**
     * Scripts to execute when the node becomes ready (every boot).
     *
     * <p>CloudFormation property {@code NodeReady}.
     */
    public NodeLifecycleStages nodeReady(List<NodeLifecycleScript> value) {
      return set("NodeReady", Value.listOf(value));
    }

    /** Sets {@code NodeReady} to this value; see {@link #nodeReady(List)}. */
    public NodeLifecycleStages nodeReady(Value<List<NodeLifecycleScript>> value) {
      return set("NodeReady", value);
    }

    /** Sets {@code NodeReady} to a list of these; see {@link #nodeReady(List)}. */
    public NodeLifecycleStages nodeReady(NodeLifecycleScript... values) {
      return set("NodeReady", Value.list(values));
    }
  }

  /**
   * Specifies the boundaries of the compute node group auto scaling.
   *
   * <p>Property type {@code AWS::PCS::ComputeNodeGroup.ScalingConfiguration}.
   */
  public static final class ScalingConfiguration extends Struct<ScalingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCS::ComputeNodeGroup.ScalingConfiguration")
        .required("MaxInstanceCount", "MinInstanceCount")
        .constrain("MaxInstanceCount", Constraint.of().minimum(0))
        .constrain("MinInstanceCount", Constraint.of().minimum(0))
        .build();

    public ScalingConfiguration() {
      super(SCHEMA);
    }

    /**
     * The upper bound of the number of instances allowed in the compute fleet.
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code MaxInstanceCount}.
     */
    public ScalingConfiguration maxInstanceCount(int value) {
      return set("MaxInstanceCount", Value.of(value));
    }

    /** Sets {@code MaxInstanceCount} to this value; see {@link #maxInstanceCount(int)}. */
    public ScalingConfiguration maxInstanceCount(Value<Integer> value) {
      return set("MaxInstanceCount", value);
    }

    /**
     * The lower bound of the number of instances allowed in the compute fleet.
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code MinInstanceCount}.
     */
    public ScalingConfiguration minInstanceCount(int value) {
      return set("MinInstanceCount", Value.of(value));
    }

    /** Sets {@code MinInstanceCount} to this value; see {@link #minInstanceCount(int)}. */
    public ScalingConfiguration minInstanceCount(Value<Integer> value) {
      return set("MinInstanceCount", value);
    }
  }

  /**
   * The external location of a lifecycle script.
   *
   * <p>Property type {@code AWS::PCS::ComputeNodeGroup.ScriptSource}.
   */
  public static final class ScriptSource extends Struct<ScriptSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCS::ComputeNodeGroup.ScriptSource")
        .required("ScriptLocation")
        .constrain("Checksum", Constraint.of().pattern("^[a-fA-F0-9]{64}$").minLength(64).maxLength(64))
        .constrain("S3VersionId", Constraint.of().maxLength(1024))
        .constrain("ScriptLocation", Constraint.of().pattern("^(s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/.+|https://.+)$").minLength(1).maxLength(1024))
        .build();

    public ScriptSource() {
      super(SCHEMA);
    }

    /**
     * A 64-character hexadecimal SHA-256 digest used to verify script integrity.
     *
     * <p>Length: 64 to 64 characters. Pattern: {@code ^[a-fA-F0-9]{64}$}. CloudFormation property
     * {@code Checksum}.
     */
    public ScriptSource checksum(String value) {
      return set("Checksum", Value.of(value));
    }

    /** Sets {@code Checksum} to this value; see {@link #checksum(String)}. */
    public ScriptSource checksum(Value<String> value) {
      return set("Checksum", value);
    }

    /**
     * The S3 object version ID of the script, when stored in a versioned bucket.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code S3VersionId}.
     */
    public ScriptSource s3VersionId(String value) {
      return set("S3VersionId", Value.of(value));
    }

    /** Sets {@code S3VersionId} to this value; see {@link #s3VersionId(String)}. */
    public ScriptSource s3VersionId(Value<String> value) {
      return set("S3VersionId", value);
    }

    /**
     * The S3 URI or HTTPS URL where the script is stored.
     *
     * <p>Required. Length: 1 to 1024 characters. Pattern: {@code
     * ^(s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/.+|https://.+)$}. CloudFormation property {@code
     * ScriptLocation}.
     */
    public ScriptSource scriptLocation(String value) {
      return set("ScriptLocation", Value.of(value));
    }

    /** Sets {@code ScriptLocation} to this value; see {@link #scriptLocation(String)}. */
    public ScriptSource scriptLocation(Value<String> value) {
      return set("ScriptLocation", value);
    }
  }

  /**
   * Additional options related to the Slurm scheduler.
   *
   * <p>Property type {@code AWS::PCS::ComputeNodeGroup.SlurmConfiguration}.
   */
  public static final class SlurmConfiguration extends Struct<SlurmConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCS::ComputeNodeGroup.SlurmConfiguration")
        .constrain("ScaleDownIdleTimeInSeconds", Constraint.of().minimum(1).maximum(10000000))
        .build();

    public SlurmConfiguration() {
      super(SCHEMA);
    }

    /**
     * Additional Slurm gres.conf records for the compute node group. Each item is a map of
     * gres.conf attribute names to values describing one gres.conf record (for example a GPU
     * topology, MIG, MPS, or custom GRES entry). AWS PCS adds the NodeName= prefix and merges these
     * records with the GPU record it derives from the instance type.
     *
     * <p>CloudFormation property {@code GresCustomSettings}.
     */
    public SlurmConfiguration gresCustomSettings(List<Map<String, String>> value) {
      return set("GresCustomSettings", Value.listOf(value));
    }

    /** Sets {@code GresCustomSettings} to this value; see {@link #gresCustomSettings(List)}. */
    public SlurmConfiguration gresCustomSettings(Value<List<Map<String, String>>> value) {
      return set("GresCustomSettings", value);
    }

    /**
     * The time before an idle node is scaled down.
     *
     * <p>Range: 1 to 10000000. CloudFormation property {@code ScaleDownIdleTimeInSeconds}.
     */
    public SlurmConfiguration scaleDownIdleTimeInSeconds(int value) {
      return set("ScaleDownIdleTimeInSeconds", Value.of(value));
    }

    /**
     * Sets {@code ScaleDownIdleTimeInSeconds} to this value; see {@link
     * #scaleDownIdleTimeInSeconds(int)}.
     */
    public SlurmConfiguration scaleDownIdleTimeInSeconds(Value<Integer> value) {
      return set("ScaleDownIdleTimeInSeconds", value);
    }

    /**
     * Additional Slurm-specific configuration that directly maps to Slurm settings.
     *
     * <p>CloudFormation property {@code SlurmCustomSettings}.
     */
    public SlurmConfiguration slurmCustomSettings(List<SlurmCustomSetting> value) {
      return set("SlurmCustomSettings", Value.listOf(value));
    }

    /** Sets {@code SlurmCustomSettings} to this value; see {@link #slurmCustomSettings(List)}. */
    public SlurmConfiguration slurmCustomSettings(Value<List<SlurmCustomSetting>> value) {
      return set("SlurmCustomSettings", value);
    }

    /**
     * Sets {@code SlurmCustomSettings} to a list of these; see {@link #slurmCustomSettings(List)}.
     */
    public SlurmConfiguration slurmCustomSettings(SlurmCustomSetting... values) {
      return set("SlurmCustomSettings", Value.list(values));
    }
  }

  /**
   * Additional settings that directly map to Slurm settings.
   *
   * <p>AWS PCS supports a subset of Slurm settings. For more information, see <a
   * href="https://docs.aws.amazon.com//pcs/latest/userguide/slurm-custom-settings.html">Configuring
   * custom Slurm settings in AWS PCS</a> in the <em>AWS PCS User Guide</em> .
   *
   * <p>Property type {@code AWS::PCS::ComputeNodeGroup.SlurmCustomSetting}.
   */
  public static final class SlurmCustomSetting extends Struct<SlurmCustomSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCS::ComputeNodeGroup.SlurmCustomSetting")
        .required("ParameterName", "ParameterValue")
        .build();

    public SlurmCustomSetting() {
      super(SCHEMA);
    }

    /**
     * AWS PCS supports custom Slurm settings for clusters, compute node groups, and queues. For
     * more information, see <a
     * href="https://docs.aws.amazon.com//pcs/latest/userguide/slurm-custom-settings.html">Configuring
     * custom Slurm settings in AWS PCS</a> in the <em>AWS PCS User Guide</em> .
     *
     * <p>Required. CloudFormation property {@code ParameterName}.
     */
    public SlurmCustomSetting parameterName(String value) {
      return set("ParameterName", Value.of(value));
    }

    /** Sets {@code ParameterName} to this value; see {@link #parameterName(String)}. */
    public SlurmCustomSetting parameterName(Value<String> value) {
      return set("ParameterName", value);
    }

    /**
     * The values for the configured Slurm settings.
     *
     * <p>Required. CloudFormation property {@code ParameterValue}.
     */
    public SlurmCustomSetting parameterValue(String value) {
      return set("ParameterValue", Value.of(value));
    }

    /** Sets {@code ParameterValue} to this value; see {@link #parameterValue(String)}. */
    public SlurmCustomSetting parameterValue(Value<String> value) {
      return set("ParameterValue", value);
    }
  }

  /**
   * Additional configuration when you specify <code>SPOT</code> as the <code>purchaseOption</code>
   * for the <code>CreateComputeNodeGroup</code> API action.
   *
   * <p>Property type {@code AWS::PCS::ComputeNodeGroup.SpotOptions}.
   */
  public static final class SpotOptions extends Struct<SpotOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCS::ComputeNodeGroup.SpotOptions")
        .allowed("AllocationStrategy", "lowest-price", "capacity-optimized",
            "price-capacity-optimized")
        .build();

    public SpotOptions() {
      super(SCHEMA);
    }

    /**
     * The Amazon EC2 allocation strategy AWS PCS uses to provision EC2 instances. AWS PCS supports
     * <em>lowest price</em> , <em>capacity optimized</em> , and <em>price capacity optimized</em> .
     * For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-fleet-allocation-strategy.html">Use
     * allocation strategies to determine how EC2 Fleet or Spot Fleet fulfills Spot and On-Demand
     * capacity</a> in the <em>Amazon Elastic Compute Cloud User Guide</em> . If you don't provide
     * this option, it defaults to <em>price capacity optimized</em> .
     *
     * <p>Allowed values: {@code lowest-price}, {@code capacity-optimized}, {@code
     * price-capacity-optimized}. CloudFormation property {@code AllocationStrategy}.
     */
    public SpotOptions allocationStrategy(String value) {
      return set("AllocationStrategy", Value.of(value));
    }

    /** Sets {@code AllocationStrategy} to this value; see {@link #allocationStrategy(String)}. */
    public SpotOptions allocationStrategy(Value<String> value) {
      return set("AllocationStrategy", value);
    }
  }
}
