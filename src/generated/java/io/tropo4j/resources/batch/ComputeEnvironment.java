// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.batch;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.LaunchTemplate;
import io.tropo4j.resources.ec2.PlacementGroup;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.Subnet;
import io.tropo4j.resources.iam.InstanceProfile;
import io.tropo4j.resources.iam.Role;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::Batch::ComputeEnvironment</code> resource defines your AWS Batch compute
 * environment. You can define <code>MANAGED</code> or <code>UNMANAGED</code> compute environments.
 * <code>MANAGED</code> compute environments can use Amazon EC2 or AWS Fargate resources.
 * <code>UNMANAGED</code> compute environments can only use EC2 resources. For more information, see
 * <a href="https://docs.aws.amazon.com/batch/latest/userguide/compute_environments.html">Compute
 * Environments</a> in the ** .
 *
 * <p>In a managed compute environment, AWS Batch manages the capacity and instance types of the
 * compute resources within the environment. This is based on the compute resource specification
 * that you define or the <a
 * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-launch-templates.html">launch
 * template</a> that you specify when you create the compute environment. You can choose either to
 * use EC2 On-Demand Instances and EC2 Spot Instances, or to use Fargate and Fargate Spot capacity
 * in your managed compute environment. You can optionally set a maximum price so that Spot
 * Instances only launch when the Spot Instance price is below a specified percentage of the
 * On-Demand price.
 *
 * <p>Multi-node parallel jobs are not supported on Spot Instances.
 *
 * <p>In an unmanaged compute environment, you can manage your own EC2 compute resources and have a
 * lot of flexibility with how you configure your compute resources. For example, you can use custom
 * AMI. However, you need to verify that your AMI meets the Amazon ECS container instance AMI
 * specification. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container_instance_AMIs.html">container
 * instance AMIs</a> in the <em>Amazon Elastic Container Service Developer Guide</em> . After you
 * have created your unmanaged compute environment, you can use the <a
 * href="https://docs.aws.amazon.com/batch/latest/APIReference/API_DescribeComputeEnvironments.html">DescribeComputeEnvironments</a>
 * operation to find the Amazon ECS cluster that is associated with it. Then, manually launch your
 * container instances into that Amazon ECS cluster. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_container_instance.html">Launching
 * an Amazon ECS container instance</a> in the <em>Amazon Elastic Container Service Developer
 * Guide</em> .
 *
 * <p>To create a compute environment that uses EKS resources, the caller must have permissions to
 * call <code>eks:DescribeCluster</code> . &gt; AWS Batch doesn't upgrade the AMIs in a compute
 * environment after it's created except under specific conditions. For example, it doesn't
 * automatically update the AMIs when a newer version of the Amazon ECS optimized AMI is available.
 * Therefore, you're responsible for the management of the guest operating system (including updates
 * and security patches) and any additional application software or utilities that you install on
 * the compute resources. There are two ways to use a new AMI for your AWS Batch jobs. The original
 * method is to complete these steps: - Create a new compute environment with the new AMI. - Add the
 * compute environment to an existing job queue. - Remove the earlier compute environment from your
 * job queue. - Delete the earlier compute environment. In April 2022, AWS Batch added enhanced
 * support for updating compute environments. For example, the <code>UpdateComputeEnvironent</code>
 * API lets you use the <code>ReplaceComputeEnvironment</code> property to dynamically update
 * compute environment parameters such as the launch template or instance type without replacement.
 * For more information, see <a
 * href="https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html">Updating
 * compute environments</a> in the <em>AWS Batch User Guide</em> . To use the enhanced updating of
 * compute environments to update AMIs, follow these rules: - Either do not set the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-batch-computeenvironment.html#cfn-batch-computeenvironment-servicerole">ServiceRole</a>
 * property or set it to the <em>AWSServiceRoleForBatch</em> service-linked role. - Set the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-computeenvironment-computeresources.html#cfn-batch-computeenvironment-computeresources-allocationstrategy">AllocationStrategy</a>
 * property to <code>BEST_FIT_PROGRESSIVE</code> or <code>SPOT_CAPACITY_OPTIMIZED</code> . - Set the
 * <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-batch-computeenvironment.html#cfn-batch-computeenvironment-replacecomputeenvironment">ReplaceComputeEnvironment</a>
 * property to <code>false</code> . &gt; Set the <code>ReplaceComputeEnvironment</code> property to
 * <code>true</code> if the compute environment uses the <code>BEST_FIT</code> allocation strategy.
 * &gt; If the <code>ReplaceComputeEnvironment</code> property is set to <code>false</code> , you
 * might receive an error message when you update the CFN template for a compute environment. This
 * issue occurs if the updated <code>desiredvcpus</code> value is less than the current
 * <code>desiredvcpus</code> value. As a workaround, delete the <code>desiredvcpus</code> value from
 * the updated template or use the <code>minvcpus</code> property to manage the number of vCPUs. For
 * information, see <a
 * href="https://docs.aws.amazon.com/batch/latest/userguide/troubleshooting.html#error-desired-vcpus-update">Error
 * message when you update the <code>DesiredvCpus</code> setting</a> . - Set the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-computeenvironment-computeresources.html#cfn-batch-computeenvironment-computeresources-updatetolatestimageversion">UpdateToLatestImageVersion</a>
 * property to <code>true</code> . This property is used when you update a compute environment. The
 * <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-computeenvironment-computeresources.html#cfn-batch-computeenvironment-computeresources-updatetolatestimageversion">UpdateToLatestImageVersion</a>
 * property is ignored when you create a compute environment. - Either do not specify an image ID in
 * <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-computeenvironment-computeresources.html#cfn-batch-computeenvironment-computeresources-imageid">ImageId</a>
 * or <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-computeenvironment-ec2configurationobject.html#cfn-batch-computeenvironment-ec2configurationobject-imageidoverride">ImageIdOverride</a>
 * properties, or in the launch template identified by the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-computeenvironment-computeresources.html#cfn-batch-computeenvironment-computeresources-launchtemplate">Launch
 * Template</a> property. In that case AWS Batch will select the latest Amazon ECS optimized AMI
 * supported by AWS Batch at the time the infrastructure update is initiated. Alternatively you can
 * specify the AMI ID in the <code>ImageId</code> or <code>ImageIdOverride</code> properties, or the
 * launch template identified by the <code>LaunchTemplate</code> properties. Changing any of these
 * properties will trigger an infrastructure update. If these rules are followed, any update that
 * triggers an infrastructure update will cause the AMI ID to be re-selected. If the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-computeenvironment-launchtemplatespecification.html#cfn-batch-computeenvironment-launchtemplatespecification-version">Version</a>
 * property of the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-computeenvironment-launchtemplatespecification.html">LaunchTemplateSpecification</a>
 * is set to <code>$Latest</code> or <code>$Default</code> , the latest or default version of the
 * launch template will be evaluated up at the time of the infrastructure update, even if the
 * <code>LaunchTemplateSpecification</code> was not updated.
 *
 * <p>CloudFormation type {@code AWS::Batch::ComputeEnvironment}.
 */
public final class ComputeEnvironment extends Resource<ComputeEnvironment> {
  private static final Schema SCHEMA = Schema.builder("AWS::Batch::ComputeEnvironment")
      .required("Type")
      .references("ServiceRole", "AWS::IAM::Role.Arn", "AWS::IAM::Role.Ref")
      .refYields("ComputeEnvironmentArn")
      .attributes("ComputeEnvironmentArn", "EksConfiguration.AccessEntry.Status")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public ComputeEnvironment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name for your compute environment. It can be up to 128 characters long. It can contain
   * uppercase and lowercase letters, numbers, hyphens (-), and underscores (_).
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ComputeEnvironmentName}.
   */
  public ComputeEnvironment computeEnvironmentName(String value) {
    return set("ComputeEnvironmentName", Value.of(value));
  }

  /**
   * Sets {@code ComputeEnvironmentName} to this value; see {@link #computeEnvironmentName(String)}.
   */
  public ComputeEnvironment computeEnvironmentName(Value<String> value) {
    return set("ComputeEnvironmentName", value);
  }

  /**
   * The ComputeResources property type specifies details of the compute resources managed by the
   * compute environment. This parameter is required for managed compute environments. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/batch/latest/userguide/compute_environments.html">Compute
   * Environments</a> in the ** .
   *
   * <p>CloudFormation property {@code ComputeResources}.
   */
  public ComputeEnvironment computeResources(Value<ComputeResources> value) {
    return set("ComputeResources", value);
  }

  /**
   * Reserved.
   *
   * <p>CloudFormation property {@code Context}.
   */
  public ComputeEnvironment context(String value) {
    return set("Context", Value.of(value));
  }

  /** Sets {@code Context} to this value; see {@link #context(String)}. */
  public ComputeEnvironment context(Value<String> value) {
    return set("Context", value);
  }

  /** CloudFormation property {@code EcsSettings}. */
  public ComputeEnvironment ecsSettings(Value<EcsSettings> value) {
    return set("EcsSettings", value);
  }

  /**
   * The details for the Amazon EKS cluster that supports the compute environment.
   *
   * <p>To create a compute environment that uses EKS resources, the caller must have permissions to
   * call <code>eks:DescribeCluster</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EksConfiguration}.
   */
  public ComputeEnvironment eksConfiguration(Value<EksConfiguration> value) {
    return set("EksConfiguration", value);
  }

  /**
   * Specifies whether the compute environment is replaced if an update is made that requires
   * replacing the instances in the compute environment. The default value is <code>true</code> . To
   * enable more properties to be updated, set this property to <code>false</code> . When changing
   * the value of this property to <code>false</code> , do not change any other properties at the
   * same time. If other properties are changed at the same time, and the change needs to be rolled
   * back but it can't, it's possible for the stack to go into the
   * <code>UPDATE_ROLLBACK_FAILED</code> state. You can't update a stack that is in the
   * <code>UPDATE_ROLLBACK_FAILED</code> state. However, if you can continue to roll it back, you
   * can return the stack to its original settings and then try to update it again. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-continueupdaterollback.html">Continue
   * rolling back an update</a> in the <em>AWS CloudFormation User Guide</em> .
   *
   * <p><code>ReplaceComputeEnvironment</code> is not applicable for Fargate compute environments.
   * Fargate compute environments are always updated without interruption.
   *
   * <p>The properties that can't be changed without replacing the compute environment are in the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-computeenvironment-computeresources.html"><code>ComputeResources</code></a>
   * property type: <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-computeenvironment-computeresources.html#cfn-batch-computeenvironment-computeresources-allocationstrategy"><code>AllocationStrategy</code></a>
   * , <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-computeenvironment-computeresources.html#cfn-batch-computeenvironment-computeresources-bidpercentage"><code>BidPercentage</code></a>
   * , <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-computeenvironment-computeresources.html#cfn-batch-computeenvironment-computeresources-ec2configuration"><code>Ec2Configuration</code></a>
   * , <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-computeenvironment-computeresources.html#cfn-batch-computeenvironment-computeresources-ec2keypair"><code>Ec2KeyPair</code></a>
   * , <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-computeenvironment-computeresources.html#cfn-batch-computeenvironment-computeresources-ec2keypair"><code>Ec2KeyPair</code></a>
   * , <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-computeenvironment-computeresources.html#cfn-batch-computeenvironment-computeresources-imageid"><code>ImageId</code></a>
   * , <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-computeenvironment-computeresources.html#cfn-batch-computeenvironment-computeresources-instancerole"><code>InstanceRole</code></a>
   * , <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-computeenvironment-computeresources.html#cfn-batch-computeenvironment-computeresources-instancetypes"><code>InstanceTypes</code></a>
   * , <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-computeenvironment-computeresources.html#cfn-batch-computeenvironment-computeresources-launchtemplate"><code>LaunchTemplate</code></a>
   * , <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-computeenvironment-computeresources.html#cfn-batch-computeenvironment-computeresources-maxvcpus"><code>MaxvCpus</code></a>
   * , <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-computeenvironment-computeresources.html#cfn-batch-computeenvironment-computeresources-minvcpus"><code>MinvCpus</code></a>
   * , <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-computeenvironment-computeresources.html#cfn-batch-computeenvironment-computeresources-placementgroup"><code>PlacementGroup</code></a>
   * , <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-computeenvironment-computeresources.html#cfn-batch-computeenvironment-computeresources-securitygroupids"><code>SecurityGroupIds</code></a>
   * , <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-computeenvironment-computeresources.html#cfn-batch-computeenvironment-computeresources-subnets"><code>Subnets</code></a>
   * , <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-computeenvironment-computeresources.html#cfn-batch-computeenvironment-computeresources-tags">Tags</a>
   * , <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-computeenvironment-computeresources.html#cfn-batch-computeenvironment-computeresources-type"><code>Type</code></a>
   * , and <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-computeenvironment-computeresources.html#cfn-batch-computeenvironment-computeresources-updatetolatestimageversion"><code>UpdateToLatestImageVersion</code></a>
   * .
   *
   * <p>Default: {@code true}. CloudFormation property {@code ReplaceComputeEnvironment}.
   */
  public ComputeEnvironment replaceComputeEnvironment(boolean value) {
    return set("ReplaceComputeEnvironment", Value.of(value));
  }

  /**
   * Sets {@code ReplaceComputeEnvironment} to this value; see {@link
   * #replaceComputeEnvironment(boolean)}.
   */
  public ComputeEnvironment replaceComputeEnvironment(Value<Boolean> value) {
    return set("ReplaceComputeEnvironment", value);
  }

  /**
   * The full Amazon Resource Name (ARN) of the IAM role that allows AWS Batch to make calls to
   * other AWS services on your behalf. For more information, see <a
   * href="https://docs.aws.amazon.com/batch/latest/userguide/service_IAM_role.html">AWS Batch
   * service IAM role</a> in the <em>AWS Batch User Guide</em> .
   *
   * <p>If your account already created the AWS Batch service-linked role, that role is used by
   * default for your compute environment unless you specify a different role here. If the AWS Batch
   * service-linked role doesn't exist in your account, and no role is specified here, the service
   * attempts to create the AWS Batch service-linked role in your account.
   *
   * <p>If your specified role has a path other than <code>/</code> , then you must specify either
   * the full role ARN (recommended) or prefix the role name with the path. For example, if a role
   * with the name <code>bar</code> has a path of <code>/foo/</code> , specify <code>/foo/bar</code>
   * as the role name. For more information, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-friendly-names">Friendly
   * names and paths</a> in the <em>IAM User Guide</em> .
   *
   * <p>Depending on how you created your AWS Batch service role, its ARN might contain the
   * <code>service-role</code> path prefix. When you only specify the name of the service role, AWS
   * Batch assumes that your ARN doesn't use the <code>service-role</code> path prefix. Because of
   * this, we recommend that you specify the full ARN of your service role when you create compute
   * environments.
   *
   * <p>CloudFormation property {@code ServiceRole}.
   */
  public ComputeEnvironment serviceRole(String value) {
    return set("ServiceRole", Value.of(value));
  }

  /** Sets {@code ServiceRole} to this value; see {@link #serviceRole(String)}. */
  public ComputeEnvironment serviceRole(Value<String> value) {
    return set("ServiceRole", value);
  }

  /**
   * Sets {@code ServiceRole} to the Arn of {@code AWS::IAM::Role}; see {@link
   * #serviceRole(String)}.
   */
  public ComputeEnvironment serviceRole(Role resource) {
    return set("ServiceRole", resource.arn());
  }

  /**
   * The state of the compute environment. If the state is <code>ENABLED</code> , then the compute
   * environment accepts jobs from a queue and can scale out automatically based on queues.
   *
   * <p>If the state is <code>ENABLED</code> , then the AWS Batch scheduler can attempt to place
   * jobs from an associated job queue on the compute resources within the environment. If the
   * compute environment is managed, then it can scale its instances out or in automatically, based
   * on the job queue demand.
   *
   * <p>If the state is <code>DISABLED</code> , then the AWS Batch scheduler doesn't attempt to
   * place jobs within the environment. Jobs in a <code>STARTING</code> or <code>RUNNING</code>
   * state continue to progress normally. Managed compute environments in the <code>DISABLED</code>
   * state don't scale out.
   *
   * <p>Compute environments in a <code>DISABLED</code> state may continue to incur billing charges.
   * To prevent additional charges, turn off and then delete the compute environment. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/batch/latest/userguide/compute_environment_parameters.html#compute_environment_state">State</a>
   * in the <em>AWS Batch User Guide</em> .
   *
   * <p>When an instance is idle, the instance scales down to the <code>minvCpus</code> value.
   * However, the instance size doesn't change. For example, consider a <code>c5.8xlarge</code>
   * instance with a <code>minvCpus</code> value of <code>4</code> and a <code>desiredvCpus</code>
   * value of <code>36</code> . This instance doesn't scale down to a <code>c5.large</code>
   * instance.
   *
   * <p>CloudFormation property {@code State}.
   */
  public ComputeEnvironment state(String value) {
    return set("State", Value.of(value));
  }

  /** Sets {@code State} to this value; see {@link #state(String)}. */
  public ComputeEnvironment state(Value<String> value) {
    return set("State", value);
  }

  /**
   * The tags applied to the compute environment.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public ComputeEnvironment tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public ComputeEnvironment tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public ComputeEnvironment tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The type of the compute environment: <code>MANAGED</code> or <code>UNMANAGED</code> . For more
   * information, see <a
   * href="https://docs.aws.amazon.com/batch/latest/userguide/compute_environments.html">Compute
   * Environments</a> in the <em>AWS Batch User Guide</em> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Type}.
   */
  public ComputeEnvironment typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public ComputeEnvironment typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The maximum number of vCPUs for an unmanaged compute environment. This parameter is only used
   * for fair-share scheduling to reserve vCPU capacity for new share identifiers. If this parameter
   * isn't provided for a fair-share job queue, no vCPU capacity is reserved.
   *
   * <p>This parameter is only supported when the <code>type</code> parameter is set to
   * <code>UNMANAGED</code> .
   *
   * <p>CloudFormation property {@code UnmanagedvCpus}.
   */
  public ComputeEnvironment unmanagedvCpus(int value) {
    return set("UnmanagedvCpus", Value.of(value));
  }

  /** Sets {@code UnmanagedvCpus} to this value; see {@link #unmanagedvCpus(int)}. */
  public ComputeEnvironment unmanagedvCpus(Value<Integer> value) {
    return set("UnmanagedvCpus", value);
  }

  /**
   * Specifies the infrastructure update policy for the compute environment. For more information
   * about infrastructure updates, see <a
   * href="https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html">Updating
   * compute environments</a> in the <em>AWS Batch User Guide</em> .
   *
   * <p>CloudFormation property {@code UpdatePolicy}.
   */
  public ComputeEnvironment updatePolicyProperty(Value<UpdatePolicy> value) {
    return set("UpdatePolicy", value);
  }

  /**
   * Returns the compute environment ARN, such as <code>batch: <em>us-east-1</em> :
   * <em>111122223333</em> :compute-environment/ <em>ComputeEnvironmentName</em></code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ComputeEnvironmentArn}.
   */
  public Value<String> computeEnvironmentArn() {
    return getAtt("ComputeEnvironmentArn");
  }

  /**
   * The read-only status of the EKS access entry, returned by DescribeComputeEnvironments.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EksConfiguration.AccessEntry.Status}.
   */
  public Value<String> eksConfigurationAccessEntryStatus() {
    return getAtt("EksConfiguration.AccessEntry.Status");
  }

  /** Property type {@code AWS::Batch::ComputeEnvironment.CapacityReservations}. */
  public static final class CapacityReservations extends Struct<CapacityReservations> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::ComputeEnvironment.CapacityReservations");

    public CapacityReservations() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ReservationGroupArn}. */
    public CapacityReservations reservationGroupArn(String value) {
      return set("ReservationGroupArn", Value.of(value));
    }

    /** Sets {@code ReservationGroupArn} to this value; see {@link #reservationGroupArn(String)}. */
    public CapacityReservations reservationGroupArn(Value<String> value) {
      return set("ReservationGroupArn", value);
    }

    /** CloudFormation property {@code ReservationPreference}. */
    public CapacityReservations reservationPreference(String value) {
      return set("ReservationPreference", Value.of(value));
    }

    /**
     * Sets {@code ReservationPreference} to this value; see {@link #reservationPreference(String)}.
     */
    public CapacityReservations reservationPreference(Value<String> value) {
      return set("ReservationPreference", value);
    }
  }

  /**
   * Details about the compute resources managed by the compute environment. This parameter is
   * required for managed compute environments. For more information, see <a
   * href="https://docs.aws.amazon.com/batch/latest/userguide/compute_environments.html">Compute
   * Environments</a> in the <em>AWS Batch User Guide</em> .
   *
   * <p>Property type {@code AWS::Batch::ComputeEnvironment.ComputeResources}.
   */
  public static final class ComputeResources extends Struct<ComputeResources> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::ComputeEnvironment.ComputeResources")
        .required("MaxvCpus", "Type")
        .constrain("ImageId", Constraint.of().format("AWS::EC2::Image.Id"))
        .references("InstanceRole", "AWS::IAM::InstanceProfile.Arn",
            "AWS::IAM::InstanceProfile.Ref", "AWS::IAM::Role.Ref")
        .references("PlacementGroup", "AWS::EC2::PlacementGroup.Ref")
        .constrain("SecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .references("SecurityGroupIds", "AWS::EC2::SecurityGroup.GroupId")
        .references("SpotIamFleetRole", "AWS::IAM::Role.Ref")
        .constrain("Subnets", Constraint.of().format("AWS::EC2::Subnet.Id"))
        .references("Subnets", "AWS::EC2::Subnet.Ref")
        .build();

    public ComputeResources() {
      super(SCHEMA);
    }

    /**
     * The allocation strategy to use for the compute resource if not enough instances of the best
     * fitting instance type can be allocated. This might be because of availability of the instance
     * type in the Region or <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-resource-limits.html">Amazon
     * EC2 service limits</a> . For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/allocation-strategies.html">Allocation
     * strategies</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>When updating a compute environment, changing the allocation strategy requires an
     * infrastructure update of the compute environment. For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html">Updating
     * compute environments</a> in the <em>AWS Batch User Guide</em> . <code>BEST_FIT</code> is not
     * supported when updating a compute environment.
     *
     * <p>This parameter isn't applicable to jobs that are running on Fargate resources, and
     * shouldn't be specified.
     *
     * <ul> <li><b>BEST_FIT (default)</b> - AWS Batch selects an instance type that best fits the
     * needs of the jobs with a preference for the lowest-cost instance type. If additional
     * instances of the selected instance type aren't available, AWS Batch waits for the additional
     * instances to be available. If there aren't enough instances available, or if the user is
     * reaching <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-resource-limits.html">Amazon
     * EC2 service limits</a> then additional jobs aren't run until the currently running jobs have
     * completed. This allocation strategy keeps costs lower but can limit scaling. If you are using
     * Spot Fleets with <code>BEST_FIT</code> then the Spot Fleet IAM role must be specified.
     * <li><b>BEST_FIT_PROGRESSIVE</b> - AWS Batch will select additional instance types that are
     * large enough to meet the requirements of the jobs in the queue, with a preference for
     * instance types with a lower cost per unit vCPU. If additional instances of the previously
     * selected instance types aren't available, AWS Batch will select new instance types.
     * <li><b>SPOT_CAPACITY_OPTIMIZED</b> - AWS Batch will select one or more instance types that
     * are large enough to meet the requirements of the jobs in the queue, with a preference for
     * instance types that are less likely to be interrupted. This allocation strategy is only
     * available for Spot Instance compute resources. <li><b>SPOT_PRICE_CAPACITY_OPTIMIZED</b> - The
     * price and capacity optimized allocation strategy looks at both price and capacity to select
     * the Spot Instance pools that are the least likely to be interrupted and have the lowest
     * possible price. This allocation strategy is only available for Spot Instance compute
     * resources. </ul>
     *
     * <p>We recommend that you use <code>SPOT_PRICE_CAPACITY_OPTIMIZED</code> rather than
     * <code>SPOT_CAPACITY_OPTIMIZED</code> in most instances.
     *
     * <p>With <code>BEST_FIT_PROGRESSIVE</code> , <code>SPOT_CAPACITY_OPTIMIZED</code> , and
     * <code>SPOT_PRICE_CAPACITY_OPTIMIZED</code> allocation strategies using On-Demand or Spot
     * Instances, and the <code>BEST_FIT</code> strategy using Spot Instances, AWS Batch might need
     * to go above <code>maxvCpus</code> to meet your capacity requirements. In this event, AWS
     * Batch never exceeds <code>maxvCpus</code> by more than a single instance.
     *
     * <p>Changing it may replace the resource. CloudFormation property {@code AllocationStrategy}.
     */
    public ComputeResources allocationStrategy(String value) {
      return set("AllocationStrategy", Value.of(value));
    }

    /** Sets {@code AllocationStrategy} to this value; see {@link #allocationStrategy(String)}. */
    public ComputeResources allocationStrategy(Value<String> value) {
      return set("AllocationStrategy", value);
    }

    /**
     * The maximum percentage that a Spot Instance price can be when compared with the On-Demand
     * price for that instance type before instances are launched. For example, if your maximum
     * percentage is 20%, the Spot price must be less than 20% of the current On-Demand price for
     * that Amazon EC2 instance. You always pay the lowest (market) price and never more than your
     * maximum percentage. For most use cases, we recommend leaving this field empty.
     *
     * <p>When updating a compute environment, changing the bid percentage requires an
     * infrastructure update of the compute environment. For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html">Updating
     * compute environments</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>This parameter isn't applicable to jobs that are running on Fargate resources. Don't
     * specify it.
     *
     * <p>Changing it may replace the resource. CloudFormation property {@code BidPercentage}.
     */
    public ComputeResources bidPercentage(int value) {
      return set("BidPercentage", Value.of(value));
    }

    /** Sets {@code BidPercentage} to this value; see {@link #bidPercentage(int)}. */
    public ComputeResources bidPercentage(Value<Integer> value) {
      return set("BidPercentage", value);
    }

    /**
     * Capacity-level tags for compute environments.
     *
     * <p>CloudFormation property {@code CapacityTags}.
     */
    public ComputeResources capacityTags(Map<String, String> value) {
      return set("CapacityTags", Value.mapOf(value));
    }

    /** Sets {@code CapacityTags} to this value; see {@link #capacityTags(Map)}. */
    public ComputeResources capacityTags(Value<Map<String, String>> value) {
      return set("CapacityTags", value);
    }

    /**
     * The desired number of vCPUS in the compute environment. AWS Batch modifies this value between
     * the minimum and maximum values based on job queue demand.
     *
     * <p>This parameter isn't applicable to jobs that are running on Fargate resources. Don't
     * specify it. &gt; AWS Batch doesn't support changing the desired number of vCPUs of an
     * existing compute environment. Don't specify this parameter for compute environments using
     * Amazon EKS clusters. &gt; When you update the <code>desiredvCpus</code> setting, the value
     * must be between the <code>minvCpus</code> and <code>maxvCpus</code> values. Additionally, the
     * updated <code>desiredvCpus</code> value must be greater than or equal to the current
     * <code>desiredvCpus</code> value. For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/troubleshooting.html#error-desired-vcpus-update">Troubleshooting
     * AWS Batch</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>CloudFormation property {@code DesiredvCpus}.
     */
    public ComputeResources desiredvCpus(int value) {
      return set("DesiredvCpus", Value.of(value));
    }

    /** Sets {@code DesiredvCpus} to this value; see {@link #desiredvCpus(int)}. */
    public ComputeResources desiredvCpus(Value<Integer> value) {
      return set("DesiredvCpus", value);
    }

    /**
     * Provides information used to select Amazon Machine Images (AMIs) for Amazon EC2 instances in
     * the compute environment. If <code>Ec2Configuration</code> isn't specified, the default is
     * <code>ECS_AL2</code> .
     *
     * <p>When updating a compute environment, changing this setting requires an infrastructure
     * update of the compute environment. For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html">Updating
     * compute environments</a> in the <em>AWS Batch User Guide</em> . To remove the Amazon EC2
     * configuration and any custom AMI ID specified in <code>imageIdOverride</code> , set this
     * value to an empty string.
     *
     * <p>One or two values can be provided.
     *
     * <p>This parameter isn't applicable to jobs that are running on Fargate resources. Don't
     * specify it.
     *
     * <p>Changing it may replace the resource. CloudFormation property {@code Ec2Configuration}.
     */
    public ComputeResources ec2Configuration(List<Ec2ConfigurationObject> value) {
      return set("Ec2Configuration", Value.listOf(value));
    }

    /** Sets {@code Ec2Configuration} to this value; see {@link #ec2Configuration(List)}. */
    public ComputeResources ec2Configuration(Value<List<Ec2ConfigurationObject>> value) {
      return set("Ec2Configuration", value);
    }

    /** Sets {@code Ec2Configuration} to a list of these; see {@link #ec2Configuration(List)}. */
    public ComputeResources ec2Configuration(Ec2ConfigurationObject... values) {
      return set("Ec2Configuration", Value.list(values));
    }

    /**
     * The Amazon EC2 key pair that's used for instances launched in the compute environment. You
     * can use this key pair to log in to your instances with SSH. To remove the Amazon EC2 key
     * pair, set this value to an empty string.
     *
     * <p>When updating a compute environment, changing the Amazon EC2 key pair requires an
     * infrastructure update of the compute environment. For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html">Updating
     * compute environments</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>This parameter isn't applicable to jobs that are running on Fargate resources. Don't
     * specify it.
     *
     * <p>Changing it may replace the resource. CloudFormation property {@code Ec2KeyPair}.
     */
    public ComputeResources ec2KeyPair(String value) {
      return set("Ec2KeyPair", Value.of(value));
    }

    /** Sets {@code Ec2KeyPair} to this value; see {@link #ec2KeyPair(String)}. */
    public ComputeResources ec2KeyPair(Value<String> value) {
      return set("Ec2KeyPair", value);
    }

    /**
     * The Amazon Machine Image (AMI) ID used for instances launched in the compute environment.
     * This parameter is overridden by the <code>imageIdOverride</code> member of the
     * <code>Ec2Configuration</code> structure. To remove the custom AMI ID and use the default AMI
     * ID, set this value to an empty string.
     *
     * <p>When updating a compute environment, changing the AMI ID requires an infrastructure update
     * of the compute environment. For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html">Updating
     * compute environments</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>This parameter isn't applicable to jobs that are running on Fargate resources. Don't
     * specify it. &gt; The AMI that you choose for a compute environment must match the
     * architecture of the instance types that you intend to use for that compute environment. For
     * example, if your compute environment uses A1 instance types, the compute resource AMI that
     * you choose must support ARM instances. Amazon ECS vends both x86 and ARM versions of the
     * Amazon ECS-optimized Amazon Linux 2 AMI. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-optimized_AMI.html#ecs-optimized-ami-linux-variants.html">Amazon
     * ECS-optimized Amazon Linux 2 AMI</a> in the <em>Amazon Elastic Container Service Developer
     * Guide</em> .
     *
     * <p>Changing it may replace the resource. Format: {@code AWS::EC2::Image.Id}. CloudFormation
     * property {@code ImageId}.
     */
    public ComputeResources imageId(String value) {
      return set("ImageId", Value.of(value));
    }

    /** Sets {@code ImageId} to this value; see {@link #imageId(String)}. */
    public ComputeResources imageId(Value<String> value) {
      return set("ImageId", value);
    }

    /**
     * The Amazon ECS instance profile applied to Amazon EC2 instances in a compute environment.
     * Required for Amazon EC2 instances. You can specify the short name or full Amazon Resource
     * Name (ARN) of an instance profile. For example, <code><em>ecsInstanceRole</em></code> or
     * <code>arn:aws:iam:: <em>&lt;aws_account_id&gt;</em> :instance-profile/
     * <em>ecsInstanceRole</em></code> . For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/instance_IAM_role.html">Amazon ECS
     * instance role</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>When updating a compute environment, changing this setting requires an infrastructure
     * update of the compute environment. For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html">Updating
     * compute environments</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>This parameter isn't applicable to jobs that are running on Fargate resources. Don't
     * specify it.
     *
     * <p>Changing it may replace the resource. CloudFormation property {@code InstanceRole}.
     */
    public ComputeResources instanceRole(String value) {
      return set("InstanceRole", Value.of(value));
    }

    /** Sets {@code InstanceRole} to this value; see {@link #instanceRole(String)}. */
    public ComputeResources instanceRole(Value<String> value) {
      return set("InstanceRole", value);
    }

    /**
     * Sets {@code InstanceRole} to the Arn of {@code AWS::IAM::InstanceProfile}; see {@link
     * #instanceRole(String)}.
     */
    public ComputeResources instanceRole(InstanceProfile resource) {
      return set("InstanceRole", resource.arn());
    }

    /**
     * Sets {@code InstanceRole} to the Ref of {@code AWS::IAM::Role}; see {@link
     * #instanceRole(String)}.
     */
    public ComputeResources instanceRole(Role resource) {
      return set("InstanceRole", resource.ref());
    }

    /**
     * The instances types that can be launched. You can specify instance families to launch any
     * instance type within those families (for example, <code>c5</code> or <code>p3</code> ), or
     * you can specify specific sizes within a family (such as <code>c5.8xlarge</code> ).
     *
     * <p>AWS Batch can select the instance type for you if you choose one of the following:
     *
     * <ul> <li><code>optimal</code> to select instance types (from the <code>c4</code> ,
     * <code>m4</code> , <code>r4</code> , <code>c5</code> , <code>m5</code> , and <code>r5</code>
     * instance families) that match the demand of your job queues. <li><code>default_x86_64</code>
     * to choose x86 based instance types (from the <code>m6i</code> , <code>c6i</code> ,
     * <code>r6i</code> , and <code>c7i</code> instance families) that matches the resource demands
     * of the job queue. <li><code>default_arm64</code> to choose x86 based instance types (from the
     * <code>m6g</code> , <code>c6g</code> , <code>r6g</code> , and <code>c7g</code> instance
     * families) that matches the resource demands of the job queue. </ul>
     *
     * <p>Starting on 11/01/2025 the behavior of <code>optimal</code> is going to be changed to
     * match <code>default_x86_64</code> . During the change your instance families could be updated
     * to a newer generation. You do not need to perform any actions for the upgrade to happen. For
     * more information about change, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/optimal-default-instance-troubleshooting.html">Optimal
     * instance type configuration to receive automatic instance family updates</a> . &gt; Instance
     * family availability varies by AWS Region . For example, some AWS Region s may not have any
     * fourth generation instance families but have fifth and sixth generation instance families.
     * When using <code>default_x86_64</code> or <code>default_arm64</code> instance bundles, AWS
     * Batch selects instance families based on a balance of cost-effectiveness and performance.
     * While newer generation instances often provide better price-performance, AWS Batch may choose
     * an earlier generation instance family if it provides the optimal combination of availability,
     * cost, and performance for your workload. For example, in an AWS Region where both c6i and c7i
     * instances are available, AWS Batch might select c6i instances if they offer better
     * cost-effectiveness for your specific job requirements. For more information on AWS Batch
     * instance types and AWS Region availability, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/instance-type-compute-table.html">Instance
     * type compute table</a> in the <em>AWS Batch User Guide</em> . AWS Batch periodically updates
     * your instances in default bundles to newer, more cost-effective options. Updates happen
     * automatically without requiring any action from you. Your workloads continue running during
     * updates with no interruption &gt; This parameter isn't applicable to jobs that are running on
     * Fargate resources. Don't specify it. &gt; When you create a compute environment, the instance
     * types that you select for the compute environment must share the same architecture. For
     * example, you can't mix x86 and ARM instances in the same compute environment.
     *
     * <p>Changing it may replace the resource. CloudFormation property {@code InstanceTypes}.
     */
    public ComputeResources instanceTypes(List<String> value) {
      return set("InstanceTypes", Value.listOf(value));
    }

    /** Sets {@code InstanceTypes} to this value; see {@link #instanceTypes(List)}. */
    public ComputeResources instanceTypes(Value<List<String>> value) {
      return set("InstanceTypes", value);
    }

    /**
     * The launch template to use for your compute resources. Any other compute resource parameters
     * that you specify in a <a
     * href="https://docs.aws.amazon.com/batch/latest/APIReference/API_CreateComputeEnvironment.html">CreateComputeEnvironment</a>
     * API operation override the same parameters in the launch template. You must specify either
     * the launch template ID or launch template name in the request, but not both. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/launch-templates.html">Launch
     * Template Support</a> in the ** . Removing the launch template from a compute environment will
     * not remove the AMI specified in the launch template. In order to update the AMI specified in
     * a launch template, the <code>updateToLatestImageVersion</code> parameter must be set to
     * <code>true</code> .
     *
     * <p>When updating a compute environment, changing the launch template requires an
     * infrastructure update of the compute environment. For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html">Updating
     * compute environments</a> in the ** .
     *
     * <p>This parameter isn't applicable to jobs running on Fargate resources, and shouldn't be
     * specified.
     *
     * <p>Changing it may replace the resource. CloudFormation property {@code LaunchTemplate}.
     */
    public ComputeResources launchTemplate(Value<LaunchTemplateSpecification> value) {
      return set("LaunchTemplate", value);
    }

    /** CloudFormation property {@code ManagedInstancesProvider}. */
    public ComputeResources managedInstancesProvider(Value<ManagedInstancesProvider> value) {
      return set("ManagedInstancesProvider", value);
    }

    /**
     * The maximum number of Amazon EC2 vCPUs that an environment can reach.
     *
     * <p>With <code>BEST_FIT_PROGRESSIVE</code> , <code>SPOT_CAPACITY_OPTIMIZED</code> and
     * <code>SPOT_PRICE_CAPACITY_OPTIMIZED</code> (recommended) strategies using On-Demand or Spot
     * Instances, and the <code>BEST_FIT</code> strategy using Spot Instances, AWS Batch might need
     * to exceed <code>maxvCpus</code> to meet your capacity requirements. In this event, AWS Batch
     * never exceeds <code>maxvCpus</code> by more than a single instance.
     *
     * <p>Required. CloudFormation property {@code MaxvCpus}.
     */
    public ComputeResources maxvCpus(int value) {
      return set("MaxvCpus", Value.of(value));
    }

    /** Sets {@code MaxvCpus} to this value; see {@link #maxvCpus(int)}. */
    public ComputeResources maxvCpus(Value<Integer> value) {
      return set("MaxvCpus", value);
    }

    /**
     * The minimum number of vCPUs that an environment should maintain (even if the compute
     * environment is <code>DISABLED</code> ).
     *
     * <p>This parameter isn't applicable to jobs that are running on Fargate resources. Don't
     * specify it.
     *
     * <p>CloudFormation property {@code MinvCpus}.
     */
    public ComputeResources minvCpus(int value) {
      return set("MinvCpus", Value.of(value));
    }

    /** Sets {@code MinvCpus} to this value; see {@link #minvCpus(int)}. */
    public ComputeResources minvCpus(Value<Integer> value) {
      return set("MinvCpus", value);
    }

    /**
     * The Amazon EC2 placement group to associate with your compute resources. If you intend to
     * submit multi-node parallel jobs to your compute environment, you should consider creating a
     * cluster placement group and associate it with your compute resources. This keeps your
     * multi-node parallel job on a logical grouping of instances within a single Availability Zone
     * with high network flow potential. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/placement-groups.html">Placement
     * groups</a> in the <em>Amazon EC2 User Guide for Linux Instances</em> .
     *
     * <p>When updating a compute environment, changing the placement group requires an
     * infrastructure update of the compute environment. For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html">Updating
     * compute environments</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>This parameter isn't applicable to jobs that are running on Fargate resources. Don't
     * specify it.
     *
     * <p>Changing it may replace the resource. CloudFormation property {@code PlacementGroup}.
     */
    public ComputeResources placementGroup(String value) {
      return set("PlacementGroup", Value.of(value));
    }

    /** Sets {@code PlacementGroup} to this value; see {@link #placementGroup(String)}. */
    public ComputeResources placementGroup(Value<String> value) {
      return set("PlacementGroup", value);
    }

    /**
     * Sets {@code PlacementGroup} to the Ref of {@code AWS::EC2::PlacementGroup}; see {@link
     * #placementGroup(String)}.
     */
    public ComputeResources placementGroup(PlacementGroup resource) {
      return set("PlacementGroup", resource.ref());
    }

    /** CloudFormation property {@code ScalingPolicy}. */
    public ComputeResources scalingPolicy(Value<ComputeScalingPolicy> value) {
      return set("ScalingPolicy", value);
    }

    /**
     * The Amazon EC2 security groups that are associated with instances launched in the compute
     * environment. This parameter is required for Fargate compute resources, where it can contain
     * up to 5 security groups. For Fargate compute resources, providing an empty list is handled as
     * if this parameter wasn't specified and no change is made. For Amazon EC2 compute resources,
     * providing an empty list removes the security groups from the compute resource.
     *
     * <p>When updating a compute environment, changing the Amazon EC2 security groups requires an
     * infrastructure update of the compute environment. For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html">Updating
     * compute environments</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>Changing it may replace the resource. Format: {@code AWS::EC2::SecurityGroup.Id}.
     * CloudFormation property {@code SecurityGroupIds}.
     */
    public ComputeResources securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public ComputeResources securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * Sets {@code SecurityGroupIds} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see
     * {@link #securityGroupIds(List)}.
     */
    public ComputeResources securityGroupIds(SecurityGroup... resources) {
      return set("SecurityGroupIds", Value.attributes("GroupId", resources));
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon EC2 Spot Fleet IAM role applied to a
     * <code>SPOT</code> compute environment. This role is required if the allocation strategy set
     * to <code>BEST_FIT</code> or if the allocation strategy isn't specified. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/spot_fleet_IAM_role.html">Amazon EC2
     * spot fleet role</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>This parameter isn't applicable to jobs that are running on Fargate resources. Don't
     * specify it. &gt; To tag your Spot Instances on creation, the Spot Fleet IAM role specified
     * here must use the newer <em>AmazonEC2SpotFleetTaggingRole</em> managed policy. The previously
     * recommended <em>AmazonEC2SpotFleetRole</em> managed policy doesn't have the required
     * permissions to tag Spot Instances. For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/troubleshooting.html#spot-instance-no-tag">Spot
     * instances not tagged on creation</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SpotIamFleetRole}.
     */
    public ComputeResources spotIamFleetRole(String value) {
      return set("SpotIamFleetRole", Value.of(value));
    }

    /** Sets {@code SpotIamFleetRole} to this value; see {@link #spotIamFleetRole(String)}. */
    public ComputeResources spotIamFleetRole(Value<String> value) {
      return set("SpotIamFleetRole", value);
    }

    /**
     * Sets {@code SpotIamFleetRole} to the Ref of {@code AWS::IAM::Role}; see {@link
     * #spotIamFleetRole(String)}.
     */
    public ComputeResources spotIamFleetRole(Role resource) {
      return set("SpotIamFleetRole", resource.ref());
    }

    /**
     * The VPC subnets where the compute resources are launched. Fargate compute resources can
     * contain up to 16 subnets. For Fargate compute resources, providing an empty list will be
     * handled as if this parameter wasn't specified and no change is made. For Amazon EC2 compute
     * resources, providing an empty list removes the VPC subnets from the compute resource. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Subnets.html">VPCs and subnets</a>
     * in the <em>Amazon VPC User Guide</em> .
     *
     * <p>When updating a compute environment, changing the VPC subnets requires an infrastructure
     * update of the compute environment. For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html">Updating
     * compute environments</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>AWS Batch on Amazon EC2 and AWS Batch on Amazon EKS support Local Zones. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-regions-availability-zones.html#concepts-local-zones">Local
     * Zones</a> in the <em>Amazon EC2 User Guide for Linux Instances</em> , <a
     * href="https://docs.aws.amazon.com/eks/latest/userguide/local-zones.html">Amazon EKS and AWS
     * Local Zones</a> in the <em>Amazon EKS User Guide</em> and <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-regions-zones.html#clusters-local-zones">Amazon
     * ECS clusters in Local Zones, Wavelength Zones, and AWS Outposts</a> in the <em>Amazon ECS
     * Developer Guide</em> . AWS Batch on Fargate doesn't currently support Local Zones.
     *
     * <p>Changing it may replace the resource. Format: {@code AWS::EC2::Subnet.Id}. CloudFormation
     * property {@code Subnets}.
     */
    public ComputeResources subnets(List<String> value) {
      return set("Subnets", Value.listOf(value));
    }

    /** Sets {@code Subnets} to this value; see {@link #subnets(List)}. */
    public ComputeResources subnets(Value<List<String>> value) {
      return set("Subnets", value);
    }

    /**
     * Sets {@code Subnets} to the Ref of each {@code AWS::EC2::Subnet}; see {@link #subnets(List)}.
     */
    public ComputeResources subnets(Subnet... resources) {
      return set("Subnets", Value.refs(resources));
    }

    /**
     * Key-value pair tags to be applied to Amazon EC2 resources that are launched in the compute
     * environment. For AWS Batch , these take the form of <code>"String1": "String2"</code> , where
     * <code>String1</code> is the tag key and <code>String2</code> is the tag value (for example,
     * <code>{ "Name": "Batch Instance - C4OnDemand" }</code> ). This is helpful for recognizing
     * your Batch instances in the Amazon EC2 console. These tags aren't seen when using the AWS
     * Batch <code>ListTagsForResource</code> API operation.
     *
     * <p>When updating a compute environment, changing this setting requires an infrastructure
     * update of the compute environment. For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html">Updating
     * compute environments</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>This parameter isn't applicable to jobs that are running on Fargate resources. Don't
     * specify it.
     *
     * <p>Changing it may replace the resource. CloudFormation property {@code Tags}.
     */
    public ComputeResources tags(Map<String, String> value) {
      return set("Tags", Value.mapOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
    public ComputeResources tags(Value<Map<String, String>> value) {
      return set("Tags", value);
    }

    /**
     * The type of compute environment: <code>EC2</code> , <code>SPOT</code> , <code>FARGATE</code>
     * , or <code>FARGATE_SPOT</code> . For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/compute_environments.html">Compute
     * environments</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>If you choose <code>SPOT</code> , you must also specify an Amazon EC2 Spot Fleet role with
     * the <code>spotIamFleetRole</code> parameter. For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/spot_fleet_IAM_role.html">Amazon EC2
     * spot fleet role</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>When updating compute environment, changing the type of a compute environment requires an
     * infrastructure update of the compute environment. For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html">Updating
     * compute environments</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>When updating the type of a compute environment, changing between <code>EC2</code> and
     * <code>SPOT</code> or between <code>FARGATE</code> and <code>FARGATE_SPOT</code> will initiate
     * an infrastructure update, but if you switch between <code>EC2</code> and <code>FARGATE</code>
     * , CloudFormation will create a new compute environment.
     *
     * <p>Required. Changing it may replace the resource. CloudFormation property {@code Type}.
     */
    public ComputeResources type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ComputeResources type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * Specifies whether the AMI ID is updated to the latest one that's supported by AWS Batch when
     * the compute environment has an infrastructure update. The default value is <code>false</code>
     * .
     *
     * <p>An AMI ID can either be specified in the <code>imageId</code> or
     * <code>imageIdOverride</code> parameters or be determined by the launch template that's
     * specified in the <code>launchTemplate</code> parameter. If an AMI ID is specified any of
     * these ways, this parameter is ignored. For more information about to update AMI IDs during an
     * infrastructure update, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html#updating-compute-environments-ami">Updating
     * the AMI ID</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>When updating a compute environment, changing this setting requires an infrastructure
     * update of the compute environment. For more information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html">Updating
     * compute environments</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>Default: {@code false}. CloudFormation property {@code UpdateToLatestImageVersion}.
     */
    public ComputeResources updateToLatestImageVersion(boolean value) {
      return set("UpdateToLatestImageVersion", Value.of(value));
    }

    /**
     * Sets {@code UpdateToLatestImageVersion} to this value; see {@link
     * #updateToLatestImageVersion(boolean)}.
     */
    public ComputeResources updateToLatestImageVersion(Value<Boolean> value) {
      return set("UpdateToLatestImageVersion", value);
    }
  }

  /** Property type {@code AWS::Batch::ComputeEnvironment.ComputeScalingPolicy}. */
  public static final class ComputeScalingPolicy extends Struct<ComputeScalingPolicy> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::ComputeEnvironment.ComputeScalingPolicy");

    public ComputeScalingPolicy() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code MinScaleDownDelayMinutes}. */
    public ComputeScalingPolicy minScaleDownDelayMinutes(int value) {
      return set("MinScaleDownDelayMinutes", Value.of(value));
    }

    /**
     * Sets {@code MinScaleDownDelayMinutes} to this value; see {@link
     * #minScaleDownDelayMinutes(int)}.
     */
    public ComputeScalingPolicy minScaleDownDelayMinutes(Value<Integer> value) {
      return set("MinScaleDownDelayMinutes", value);
    }
  }

  /**
   * Provides information used to select Amazon Machine Images (AMIs) for instances in the compute
   * environment. If <code>Ec2Configuration</code> isn't specified, the default is
   * <code>ECS_AL2</code> ( <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-optimized_AMI.html#al2ami">Amazon
   * Linux 2</a> ).
   *
   * <p>This object isn't applicable to jobs that are running on Fargate resources.
   *
   * <p>Property type {@code AWS::Batch::ComputeEnvironment.Ec2ConfigurationObject}.
   */
  public static final class Ec2ConfigurationObject extends Struct<Ec2ConfigurationObject> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::ComputeEnvironment.Ec2ConfigurationObject")
        .required("ImageType")
        .constrain("ImageKubernetesVersion", Constraint.of().minLength(1).maxLength(256))
        .constrain("ImageType", Constraint.of().minLength(1).maxLength(256))
        .build();

    public Ec2ConfigurationObject() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code BatchImageStatus}. */
    public Ec2ConfigurationObject batchImageStatus(String value) {
      return set("BatchImageStatus", Value.of(value));
    }

    /** Sets {@code BatchImageStatus} to this value; see {@link #batchImageStatus(String)}. */
    public Ec2ConfigurationObject batchImageStatus(Value<String> value) {
      return set("BatchImageStatus", value);
    }

    /**
     * The AMI ID used for instances launched in the compute environment that match the image type.
     * This setting overrides the <code>imageId</code> set in the <code>computeResource</code>
     * object.
     *
     * <p>The AMI that you choose for a compute environment must match the architecture of the
     * instance types that you intend to use for that compute environment. For example, if your
     * compute environment uses A1 instance types, the compute resource AMI that you choose must
     * support ARM instances. Amazon ECS vends both x86 and ARM versions of the Amazon ECS-optimized
     * Amazon Linux 2 AMI. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-optimized_AMI.html#ecs-optimized-ami-linux-variants.html">Amazon
     * ECS-optimized Amazon Linux 2 AMI</a> in the <em>Amazon Elastic Container Service Developer
     * Guide</em> .
     *
     * <p>Changing it may replace the resource. CloudFormation property {@code ImageIdOverride}.
     */
    public Ec2ConfigurationObject imageIdOverride(String value) {
      return set("ImageIdOverride", Value.of(value));
    }

    /** Sets {@code ImageIdOverride} to this value; see {@link #imageIdOverride(String)}. */
    public Ec2ConfigurationObject imageIdOverride(Value<String> value) {
      return set("ImageIdOverride", value);
    }

    /**
     * The Kubernetes version for the compute environment. If you don't specify a value, the latest
     * version that AWS Batch supports is used.
     *
     * <p>Changing it may replace the resource. Length: 1 to 256 characters. CloudFormation property
     * {@code ImageKubernetesVersion}.
     */
    public Ec2ConfigurationObject imageKubernetesVersion(String value) {
      return set("ImageKubernetesVersion", Value.of(value));
    }

    /**
     * Sets {@code ImageKubernetesVersion} to this value; see {@link
     * #imageKubernetesVersion(String)}.
     */
    public Ec2ConfigurationObject imageKubernetesVersion(Value<String> value) {
      return set("ImageKubernetesVersion", value);
    }

    /**
     * The image type to match with the instance type to select an AMI. The supported values are
     * different for <code>ECS</code> and <code>EKS</code> resources.
     *
     * <ul> <li><b>ECS</b> - If the <code>imageIdOverride</code> parameter isn't specified, then a
     * recent <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-optimized_AMI.html#al2ami">Amazon
     * ECS-optimized Amazon Linux 2 AMI</a> ( <code>ECS_AL2</code> ) is used. If a new image type is
     * specified in an update, but neither an <code>imageId</code> nor a
     * <code>imageIdOverride</code> parameter is specified, then the latest Amazon ECS optimized AMI
     * for that image type that's supported by AWS Batch is used. </ul>
     *
     * <p>AWS will end support for Amazon ECS optimized AL2-optimized and AL2-accelerated AMIs.
     * Starting in January 2026, AWS Batch will change the default AMI for new Amazon ECS compute
     * environments from Amazon Linux 2 to Amazon Linux 2023. We recommend migrating AWS Batch
     * Amazon ECS compute environments to Amazon Linux 2023 to maintain optimal performance and
     * security. For more information on upgrading from AL2 to AL2023, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/ecs-migration-2023.html">How to
     * migrate from ECS AL2 to ECS AL2023</a> in the <em>AWS Batch User Guide</em> .
     *
     * <ul> <li><b>ECS_AL2</b> - <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-optimized_AMI.html#al2ami">Amazon
     * Linux 2</a> : Default for all non-GPU instance families. <li><b>ECS_AL2_NVIDIA</b> - <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-optimized_AMI.html#gpuami">Amazon
     * Linux 2 (GPU)</a> : Default for all GPU instance families (for example <code>P4</code> and
     * <code>G4</code> ) and can be used for all non AWS Graviton-based instance types.
     * <li><b>ECS_AL2023</b> - <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-optimized_AMI.html">Amazon
     * Linux 2023</a> : AWS Batch supports Amazon Linux 2023. </ul>
     *
     * <p>Amazon Linux 2023 does not support <code>A1</code> instances.
     *
     * <ul> <li><b>ECS_AL2023_NVIDIA</b> - <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-optimized_AMI.html#gpuami">Amazon
     * Linux 2023 (GPU)</a> : For all GPU instance families and can be used for all non AWS
     * Graviton-based instance types. </ul>
     *
     * <p>ECS_AL2023_NVIDIA doesn't support <code>p3</code> and <code>g3</code> instance types.
     *
     * <ul> <li><b>EKS</b> - If the <code>imageIdOverride</code> parameter isn't specified, then a
     * recent <a
     * href="https://docs.aws.amazon.com/eks/latest/userguide/eks-optimized-ami.html">Amazon
     * EKS-optimized Amazon Linux 2023 AMI</a> ( <code>EKS_AL2023</code> ) is used. If a new image
     * type is specified in an update, but neither an <code>imageId</code> nor a
     * <code>imageIdOverride</code> parameter is specified, then the latest Amazon EKS optimized AMI
     * for that image type that AWS Batch supports is used. </ul>
     *
     * <p>Amazon Linux 2023 AMIs are the default on AWS Batch for Amazon EKS. AWS will end support
     * for Amazon EKS AL2-optimized and AL2-accelerated AMIs, starting 11/26/25. You can continue
     * using AWS Batch -provided Amazon EKS optimized Amazon Linux 2 AMIs on your Amazon EKS compute
     * environments beyond the 11/26/25 end-of-support date, these compute environments will no
     * longer receive any new software updates, security patches, or bug fixes from AWS . For more
     * information on upgrading from AL2 to AL2023, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/eks-migration-2023.html">How to
     * upgrade from EKS AL2 to EKS AL2023</a> in the <em>AWS Batch User Guide</em> .
     *
     * <ul> <li><b>EKS_AL2</b> - <a
     * href="https://docs.aws.amazon.com/eks/latest/userguide/eks-optimized-ami.html">Amazon Linux
     * 2</a> : Used for non-GPU instance families. <li><b>EKS_AL2_NVIDIA</b> - <a
     * href="https://docs.aws.amazon.com/eks/latest/userguide/eks-optimized-ami.html">Amazon Linux 2
     * (accelerated)</a> : Used for GPU instance families (for example, <code>P4</code> and
     * <code>G4</code> ) and can be used for all non AWS Graviton-based instance types.
     * <li><b>EKS_AL2023</b> - <a
     * href="https://docs.aws.amazon.com/eks/latest/userguide/eks-optimized-ami.html">Amazon Linux
     * 2023</a> : Default for non-GPU instance families. </ul>
     *
     * <p>Amazon Linux 2023 does not support <code>A1</code> instances.
     *
     * <ul> <li><b>EKS_AL2023_NVIDIA</b> - <a
     * href="https://docs.aws.amazon.com/eks/latest/userguide/eks-optimized-ami.html">Amazon Linux
     * 2023 (accelerated)</a> : Default for GPU instance families and can be used for all non AWS
     * Graviton-based instance types. </ul>
     *
     * <p>Required. Changing it may replace the resource. Length: 1 to 256 characters.
     * CloudFormation property {@code ImageType}.
     */
    public Ec2ConfigurationObject imageType(String value) {
      return set("ImageType", Value.of(value));
    }

    /** Sets {@code ImageType} to this value; see {@link #imageType(String)}. */
    public Ec2ConfigurationObject imageType(Value<String> value) {
      return set("ImageType", value);
    }
  }

  /** Property type {@code AWS::Batch::ComputeEnvironment.EcsSettings}. */
  public static final class EcsSettings extends Struct<EcsSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::ComputeEnvironment.EcsSettings")
        .allowed("ContainerInsights", "ENABLED", "ENHANCED", "DISABLED")
        .build();

    public EcsSettings() {
      super(SCHEMA);
    }

    /**
     * The CloudWatch Container Insights setting applied to the Amazon ECS cluster that backs this
     * compute environment. After you set this property, you can't revert it to the default (unset)
     * state in which the setting is managed outside of AWS Batch. If you remove this property after
     * previously setting it, AWS Batch treats the omission as DISABLED, because the underlying API
     * has no way to unset the value. Because of this, if a stack rollback would return this
     * property to its previous unset state, AWS Batch sets it to DISABLED instead.
     *
     * <p>Allowed values: {@code ENABLED}, {@code ENHANCED}, {@code DISABLED}. CloudFormation
     * property {@code ContainerInsights}.
     */
    public EcsSettings containerInsights(String value) {
      return set("ContainerInsights", Value.of(value));
    }

    /** Sets {@code ContainerInsights} to this value; see {@link #containerInsights(String)}. */
    public EcsSettings containerInsights(Value<String> value) {
      return set("ContainerInsights", value);
    }
  }

  /**
   * The EKS access entry configuration for the compute environment. Controls whether AWS Batch
   * manages the EKS access entry for the compute environment's service role, or inherits it from
   * the cluster.
   *
   * <p>Property type {@code AWS::Batch::ComputeEnvironment.EksAccessEntry}.
   */
  public static final class EksAccessEntry extends Struct<EksAccessEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::ComputeEnvironment.EksAccessEntry")
        .allowed("DesiredState", "ENABLED", "DISABLED", "INHERIT_FROM_CLUSTER")
        .allowed("Status", "ACTIVE", "INACTIVE")
        .build();

    public EksAccessEntry() {
      super(SCHEMA);
    }

    /**
     * The desired state of the EKS access entry managed by AWS Batch. When omitted, AWS Batch
     * applies INHERIT_FROM_CLUSTER.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}, {@code INHERIT_FROM_CLUSTER}.
     * CloudFormation property {@code DesiredState}.
     */
    public EksAccessEntry desiredState(String value) {
      return set("DesiredState", Value.of(value));
    }

    /** Sets {@code DesiredState} to this value; see {@link #desiredState(String)}. */
    public EksAccessEntry desiredState(Value<String> value) {
      return set("DesiredState", value);
    }

    /**
     * The read-only status of the EKS access entry, returned by DescribeComputeEnvironments.
     *
     * <p>Allowed values: {@code ACTIVE}, {@code INACTIVE}. CloudFormation property {@code Status}.
     */
    public EksAccessEntry status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public EksAccessEntry status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * Configuration for the Amazon EKS cluster that supports the AWS Batch compute environment. The
   * cluster must exist before the compute environment can be created.
   *
   * <p>Property type {@code AWS::Batch::ComputeEnvironment.EksConfiguration}.
   */
  public static final class EksConfiguration extends Struct<EksConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::ComputeEnvironment.EksConfiguration")
        .required("EksClusterArn", "KubernetesNamespace")
        .build();

    public EksConfiguration() {
      super(SCHEMA);
    }

    /**
     * The EKS access entry configuration for the compute environment. Controls whether AWS Batch
     * manages the EKS access entry for the compute environment's service role, or inherits it from
     * the cluster.
     *
     * <p>CloudFormation property {@code AccessEntry}.
     */
    public EksConfiguration accessEntry(Value<EksAccessEntry> value) {
      return set("AccessEntry", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon EKS cluster. An example is <code>arn:
     * <em>aws</em> :eks: <em>us-east-1</em> : <em>123456789012</em> :cluster/
     * <em>ClusterForBatch</em></code> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * EksClusterArn}.
     */
    public EksConfiguration eksClusterArn(String value) {
      return set("EksClusterArn", Value.of(value));
    }

    /** Sets {@code EksClusterArn} to this value; see {@link #eksClusterArn(String)}. */
    public EksConfiguration eksClusterArn(Value<String> value) {
      return set("EksClusterArn", value);
    }

    /**
     * The namespace of the Amazon EKS cluster. AWS Batch manages pods in this namespace. The value
     * can't left empty or null. It must be fewer than 64 characters long, can't be set to
     * <code>default</code> , can't start with " <code>kube-</code> ," and must match this regular
     * expression: <code>^[a-z0-9]([-a-z0-9]*[a-z0-9])?$</code> . For more information, see <a
     * href="https://docs.aws.amazon.com/https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/">Namespaces</a>
     * in the Kubernetes documentation.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * KubernetesNamespace}.
     */
    public EksConfiguration kubernetesNamespace(String value) {
      return set("KubernetesNamespace", Value.of(value));
    }

    /** Sets {@code KubernetesNamespace} to this value; see {@link #kubernetesNamespace(String)}. */
    public EksConfiguration kubernetesNamespace(Value<String> value) {
      return set("KubernetesNamespace", value);
    }
  }

  /** Property type {@code AWS::Batch::ComputeEnvironment.InfrastructureOptimization}. */
  public static final class InfrastructureOptimization extends Struct<InfrastructureOptimization> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::ComputeEnvironment.InfrastructureOptimization");

    public InfrastructureOptimization() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ScaleInAfter}. */
    public InfrastructureOptimization scaleInAfter(int value) {
      return set("ScaleInAfter", Value.of(value));
    }

    /** Sets {@code ScaleInAfter} to this value; see {@link #scaleInAfter(int)}. */
    public InfrastructureOptimization scaleInAfter(Value<Integer> value) {
      return set("ScaleInAfter", value);
    }
  }

  /** Property type {@code AWS::Batch::ComputeEnvironment.InstanceLaunchTemplate}. */
  public static final class InstanceLaunchTemplate extends Struct<InstanceLaunchTemplate> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::ComputeEnvironment.InstanceLaunchTemplate")
        .required("Ec2InstanceProfileArn", "NetworkConfiguration")
        .allowed("CapacityOptionType", "ON_DEMAND", "SPOT", "RESERVED")
        .build();

    public InstanceLaunchTemplate() {
      super(SCHEMA);
    }

    /**
     * Changing it replaces the resource. Allowed values: {@code ON_DEMAND}, {@code SPOT}, {@code
     * RESERVED}. CloudFormation property {@code CapacityOptionType}.
     */
    public InstanceLaunchTemplate capacityOptionType(String value) {
      return set("CapacityOptionType", Value.of(value));
    }

    /** Sets {@code CapacityOptionType} to this value; see {@link #capacityOptionType(String)}. */
    public InstanceLaunchTemplate capacityOptionType(Value<String> value) {
      return set("CapacityOptionType", value);
    }

    /** CloudFormation property {@code CapacityReservations}. */
    public InstanceLaunchTemplate capacityReservations(Value<CapacityReservations> value) {
      return set("CapacityReservations", value);
    }

    /** Required. CloudFormation property {@code Ec2InstanceProfileArn}. */
    public InstanceLaunchTemplate ec2InstanceProfileArn(String value) {
      return set("Ec2InstanceProfileArn", Value.of(value));
    }

    /**
     * Sets {@code Ec2InstanceProfileArn} to this value; see {@link #ec2InstanceProfileArn(String)}.
     */
    public InstanceLaunchTemplate ec2InstanceProfileArn(Value<String> value) {
      return set("Ec2InstanceProfileArn", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code FipsEnabled}. */
    public InstanceLaunchTemplate fipsEnabled(boolean value) {
      return set("FipsEnabled", Value.of(value));
    }

    /** Sets {@code FipsEnabled} to this value; see {@link #fipsEnabled(boolean)}. */
    public InstanceLaunchTemplate fipsEnabled(Value<Boolean> value) {
      return set("FipsEnabled", value);
    }

    /** CloudFormation property {@code InstanceMetadataTagsPropagation}. */
    public InstanceLaunchTemplate instanceMetadataTagsPropagation(boolean value) {
      return set("InstanceMetadataTagsPropagation", Value.of(value));
    }

    /**
     * Sets {@code InstanceMetadataTagsPropagation} to this value; see {@link
     * #instanceMetadataTagsPropagation(boolean)}.
     */
    public InstanceLaunchTemplate instanceMetadataTagsPropagation(Value<Boolean> value) {
      return set("InstanceMetadataTagsPropagation", value);
    }

    /** CloudFormation property {@code InstanceRequirements}. */
    public InstanceLaunchTemplate instanceRequirements(Value<InstanceRequirements> value) {
      return set("InstanceRequirements", value);
    }

    /** CloudFormation property {@code LocalStorageConfiguration}. */
    public InstanceLaunchTemplate localStorageConfiguration(Value<ManagedInstancesLocalStorageConfiguration> value) {
      return set("LocalStorageConfiguration", value);
    }

    /** CloudFormation property {@code Monitoring}. */
    public InstanceLaunchTemplate monitoring(String value) {
      return set("Monitoring", Value.of(value));
    }

    /** Sets {@code Monitoring} to this value; see {@link #monitoring(String)}. */
    public InstanceLaunchTemplate monitoring(Value<String> value) {
      return set("Monitoring", value);
    }

    /** Required. CloudFormation property {@code NetworkConfiguration}. */
    public InstanceLaunchTemplate networkConfiguration(Value<ManagedInstancesNetworkConfiguration> value) {
      return set("NetworkConfiguration", value);
    }

    /** CloudFormation property {@code StorageConfiguration}. */
    public InstanceLaunchTemplate storageConfiguration(Value<ManagedInstancesStorageConfiguration> value) {
      return set("StorageConfiguration", value);
    }
  }

  /** Property type {@code AWS::Batch::ComputeEnvironment.InstanceRequirements}. */
  public static final class InstanceRequirements extends Struct<InstanceRequirements> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::ComputeEnvironment.InstanceRequirements");

    public InstanceRequirements() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AllowedInstanceTypes}. */
    public InstanceRequirements allowedInstanceTypes(List<String> value) {
      return set("AllowedInstanceTypes", Value.listOf(value));
    }

    /** Sets {@code AllowedInstanceTypes} to this value; see {@link #allowedInstanceTypes(List)}. */
    public InstanceRequirements allowedInstanceTypes(Value<List<String>> value) {
      return set("AllowedInstanceTypes", value);
    }
  }

  /**
   * An object that represents a launch template that's associated with a compute resource. You must
   * specify either the launch template ID or launch template name in the request, but not both.
   *
   * <p>If security groups are specified using both the <code>securityGroupIds</code> parameter of
   * <code>CreateComputeEnvironment</code> and the launch template, the values in the
   * <code>securityGroupIds</code> parameter of <code>CreateComputeEnvironment</code> will be used.
   *
   * <p>This object isn't applicable to jobs that are running on Fargate resources.
   *
   * <p>Property type {@code AWS::Batch::ComputeEnvironment.LaunchTemplateSpecification}.
   */
  public static final class LaunchTemplateSpecification extends Struct<LaunchTemplateSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::ComputeEnvironment.LaunchTemplateSpecification")
        .references("LaunchTemplateId", "AWS::EC2::LaunchTemplate.Ref")
        .allowed("UserdataType", "EKS_BOOTSTRAP_SH", "EKS_NODEADM")
        .build();

    public LaunchTemplateSpecification() {
      super(SCHEMA);
    }

    /**
     * The ID of the launch template.
     *
     * <p>Changing it may replace the resource. CloudFormation property {@code LaunchTemplateId}.
     */
    public LaunchTemplateSpecification launchTemplateId(String value) {
      return set("LaunchTemplateId", Value.of(value));
    }

    /** Sets {@code LaunchTemplateId} to this value; see {@link #launchTemplateId(String)}. */
    public LaunchTemplateSpecification launchTemplateId(Value<String> value) {
      return set("LaunchTemplateId", value);
    }

    /**
     * Sets {@code LaunchTemplateId} to the Ref of {@code AWS::EC2::LaunchTemplate}; see {@link
     * #launchTemplateId(String)}.
     */
    public LaunchTemplateSpecification launchTemplateId(LaunchTemplate resource) {
      return set("LaunchTemplateId", resource.ref());
    }

    /**
     * The name of the launch template.
     *
     * <p>Changing it may replace the resource. CloudFormation property {@code LaunchTemplateName}.
     */
    public LaunchTemplateSpecification launchTemplateName(String value) {
      return set("LaunchTemplateName", Value.of(value));
    }

    /** Sets {@code LaunchTemplateName} to this value; see {@link #launchTemplateName(String)}. */
    public LaunchTemplateSpecification launchTemplateName(Value<String> value) {
      return set("LaunchTemplateName", value);
    }

    /**
     * A launch template to use in place of the default launch template. You must specify either the
     * launch template ID or launch template name in the request, but not both.
     *
     * <p>You can specify up to ten (10) launch template overrides that are associated to unique
     * instance types or families for each compute environment.
     *
     * <p>To unset all override templates for a compute environment, you can pass an empty array to
     * the <a
     * href="https://docs.aws.amazon.com/batch/latest/APIReference/API_UpdateComputeEnvironment.html">UpdateComputeEnvironment.overrides</a>
     * parameter, or not include the <code>overrides</code> parameter when submitting the
     * <code>UpdateComputeEnvironment</code> API operation.
     *
     * <p>CloudFormation property {@code Overrides}.
     */
    public LaunchTemplateSpecification overrides(List<LaunchTemplateSpecificationOverride> value) {
      return set("Overrides", Value.listOf(value));
    }

    /** Sets {@code Overrides} to this value; see {@link #overrides(List)}. */
    public LaunchTemplateSpecification overrides(Value<List<LaunchTemplateSpecificationOverride>> value) {
      return set("Overrides", value);
    }

    /** Sets {@code Overrides} to a list of these; see {@link #overrides(List)}. */
    public LaunchTemplateSpecification overrides(LaunchTemplateSpecificationOverride... values) {
      return set("Overrides", Value.list(values));
    }

    /**
     * The EKS node initialization process to use. You only need to specify this value if you are
     * using a custom AMI. The default value is <code>EKS_BOOTSTRAP_SH</code> . If
     * <em>imageType</em> is a custom AMI based on EKS_AL2023 or EKS_AL2023_NVIDIA then you must
     * choose <code>EKS_NODEADM</code> .
     *
     * <p>Allowed values: {@code EKS_BOOTSTRAP_SH}, {@code EKS_NODEADM}. CloudFormation property
     * {@code UserdataType}.
     */
    public LaunchTemplateSpecification userdataType(String value) {
      return set("UserdataType", Value.of(value));
    }

    /** Sets {@code UserdataType} to this value; see {@link #userdataType(String)}. */
    public LaunchTemplateSpecification userdataType(Value<String> value) {
      return set("UserdataType", value);
    }

    /**
     * The version number of the launch template, <code>$Default</code> , or <code>$Latest</code> .
     *
     * <p>If the value is <code>$Default</code> , the default version of the launch template is
     * used. If the value is <code>$Latest</code> , the latest version of the launch template is
     * used.
     *
     * <p>If the AMI ID that's used in a compute environment is from the launch template, the AMI
     * isn't changed when the compute environment is updated. It's only changed if the
     * <code>updateToLatestImageVersion</code> parameter for the compute environment is set to
     * <code>true</code> . During an infrastructure update, if either <code>$Default</code> or
     * <code>$Latest</code> is specified, AWS Batch re-evaluates the launch template version, and it
     * might use a different version of the launch template. This is the case even if the launch
     * template isn't specified in the update. When updating a compute environment, changing the
     * launch template requires an infrastructure update of the compute environment. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html">Updating
     * compute environments</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>Default: <code>$Default</code>
     *
     * <p>Latest: <code>$Latest</code>
     *
     * <p>Changing it may replace the resource. CloudFormation property {@code Version}.
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
   * An object that represents a launch template to use in place of the default launch template. You
   * must specify either the launch template ID or launch template name in the request, but not
   * both.
   *
   * <p>If security groups are specified using both the <code>securityGroupIds</code> parameter of
   * <code>CreateComputeEnvironment</code> and the launch template, the values in the
   * <code>securityGroupIds</code> parameter of <code>CreateComputeEnvironment</code> will be used.
   *
   * <p>You can define up to ten (10) overrides for each compute environment.
   *
   * <p>This object isn't applicable to jobs that are running on Fargate resources. &gt; To unset
   * all override templates for a compute environment, you can pass an empty array to the <a
   * href="https://docs.aws.amazon.com/batch/latest/APIReference/API_UpdateComputeEnvironment.html">UpdateComputeEnvironment.overrides</a>
   * parameter, or not include the <code>overrides</code> parameter when submitting the
   * <code>UpdateComputeEnvironment</code> API operation.
   *
   * <p>Property type {@code AWS::Batch::ComputeEnvironment.LaunchTemplateSpecificationOverride}.
   */
  public static final class LaunchTemplateSpecificationOverride extends Struct<LaunchTemplateSpecificationOverride> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::ComputeEnvironment.LaunchTemplateSpecificationOverride")
        .allowed("UserdataType", "EKS_BOOTSTRAP_SH", "EKS_NODEADM")
        .build();

    public LaunchTemplateSpecificationOverride() {
      super(SCHEMA);
    }

    /**
     * The ID of the launch template.
     *
     * <p><em>Note:</em> If you specify the <code>launchTemplateId</code> you can't specify the
     * <code>launchTemplateName</code> as well.
     *
     * <p>CloudFormation property {@code LaunchTemplateId}.
     */
    public LaunchTemplateSpecificationOverride launchTemplateId(String value) {
      return set("LaunchTemplateId", Value.of(value));
    }

    /** Sets {@code LaunchTemplateId} to this value; see {@link #launchTemplateId(String)}. */
    public LaunchTemplateSpecificationOverride launchTemplateId(Value<String> value) {
      return set("LaunchTemplateId", value);
    }

    /**
     * The name of the launch template.
     *
     * <p><em>Note:</em> If you specify the <code>launchTemplateName</code> you can't specify the
     * <code>launchTemplateId</code> as well.
     *
     * <p>CloudFormation property {@code LaunchTemplateName}.
     */
    public LaunchTemplateSpecificationOverride launchTemplateName(String value) {
      return set("LaunchTemplateName", Value.of(value));
    }

    /** Sets {@code LaunchTemplateName} to this value; see {@link #launchTemplateName(String)}. */
    public LaunchTemplateSpecificationOverride launchTemplateName(Value<String> value) {
      return set("LaunchTemplateName", value);
    }

    /**
     * The instance type or family that this override launch template should be applied to.
     *
     * <p>This parameter is required when defining a launch template override.
     *
     * <p>Information included in this parameter must meet the following requirements:
     *
     * <ul> <li>Must be a valid Amazon EC2 instance type or family. <li>The following AWS Batch
     * <code>InstanceTypes</code> are not allowed: <code>optimal</code> ,
     * <code>default_x86_64</code> , and <code>default_arm64</code> .
     * <li><code>targetInstanceTypes</code> can target only instance types and families that are
     * included within the <a
     * href="https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html#Batch-Type-ComputeResource-instanceTypes"><code>ComputeResource.instanceTypes</code></a>
     * set. <code>targetInstanceTypes</code> doesn't need to include all of the instances from the
     * <code>instanceType</code> set, but at least a subset. For example, if
     * <code>ComputeResource.instanceTypes</code> includes <code>[m5, g5]</code> ,
     * <code>targetInstanceTypes</code> can include <code>[m5.2xlarge]</code> and
     * <code>[m5.large]</code> but not <code>[c5.large]</code> .
     * <li><code>targetInstanceTypes</code> included within the same launch template override or
     * across launch template overrides can't overlap for the same compute environment. For example,
     * you can't define one launch template override to target an instance family and another define
     * an instance type within this same family. </ul>
     *
     * <p>CloudFormation property {@code TargetInstanceTypes}.
     */
    public LaunchTemplateSpecificationOverride targetInstanceTypes(List<String> value) {
      return set("TargetInstanceTypes", Value.listOf(value));
    }

    /** Sets {@code TargetInstanceTypes} to this value; see {@link #targetInstanceTypes(List)}. */
    public LaunchTemplateSpecificationOverride targetInstanceTypes(Value<List<String>> value) {
      return set("TargetInstanceTypes", value);
    }

    /**
     * The EKS node initialization process to use. You only need to specify this value if you are
     * using a custom AMI. The default value is <code>EKS_BOOTSTRAP_SH</code> . If
     * <em>imageType</em> is a custom AMI based on EKS_AL2023 or EKS_AL2023_NVIDIA then you must
     * choose <code>EKS_NODEADM</code> .
     *
     * <p>Allowed values: {@code EKS_BOOTSTRAP_SH}, {@code EKS_NODEADM}. CloudFormation property
     * {@code UserdataType}.
     */
    public LaunchTemplateSpecificationOverride userdataType(String value) {
      return set("UserdataType", Value.of(value));
    }

    /** Sets {@code UserdataType} to this value; see {@link #userdataType(String)}. */
    public LaunchTemplateSpecificationOverride userdataType(Value<String> value) {
      return set("UserdataType", value);
    }

    /**
     * The version number of the launch template, <code>$Default</code> , or <code>$Latest</code> .
     *
     * <p>If the value is <code>$Default</code> , the default version of the launch template is
     * used. If the value is <code>$Latest</code> , the latest version of the launch template is
     * used.
     *
     * <p>If the AMI ID that's used in a compute environment is from the launch template, the AMI
     * isn't changed when the compute environment is updated. It's only changed if the
     * <code>updateToLatestImageVersion</code> parameter for the compute environment is set to
     * <code>true</code> . During an infrastructure update, if either <code>$Default</code> or
     * <code>$Latest</code> is specified, AWS Batch re-evaluates the launch template version, and it
     * might use a different version of the launch template. This is the case even if the launch
     * template isn't specified in the update. When updating a compute environment, changing the
     * launch template requires an infrastructure update of the compute environment. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html">Updating
     * compute environments</a> in the <em>AWS Batch User Guide</em> .
     *
     * <p>Default: <code>$Default</code>
     *
     * <p>Latest: <code>$Latest</code>
     *
     * <p>CloudFormation property {@code Version}.
     */
    public LaunchTemplateSpecificationOverride version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public LaunchTemplateSpecificationOverride version(Value<String> value) {
      return set("Version", value);
    }
  }

  /**
   * Property type {@code AWS::Batch::ComputeEnvironment.ManagedInstancesLocalStorageConfiguration}.
   */
  public static final class ManagedInstancesLocalStorageConfiguration extends Struct<ManagedInstancesLocalStorageConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::ComputeEnvironment.ManagedInstancesLocalStorageConfiguration");

    public ManagedInstancesLocalStorageConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code UseLocalStorage}. */
    public ManagedInstancesLocalStorageConfiguration useLocalStorage(boolean value) {
      return set("UseLocalStorage", Value.of(value));
    }

    /** Sets {@code UseLocalStorage} to this value; see {@link #useLocalStorage(boolean)}. */
    public ManagedInstancesLocalStorageConfiguration useLocalStorage(Value<Boolean> value) {
      return set("UseLocalStorage", value);
    }
  }

  /** Property type {@code AWS::Batch::ComputeEnvironment.ManagedInstancesNetworkConfiguration}. */
  public static final class ManagedInstancesNetworkConfiguration extends Struct<ManagedInstancesNetworkConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::ComputeEnvironment.ManagedInstancesNetworkConfiguration")
        .required("SecurityGroups", "Subnets")
        .constrain("SecurityGroups", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .constrain("Subnets", Constraint.of().format("AWS::EC2::Subnet.Id"))
        .build();

    public ManagedInstancesNetworkConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
     * SecurityGroups}.
     */
    public ManagedInstancesNetworkConfiguration securityGroups(List<String> value) {
      return set("SecurityGroups", Value.listOf(value));
    }

    /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
    public ManagedInstancesNetworkConfiguration securityGroups(Value<List<String>> value) {
      return set("SecurityGroups", value);
    }

    /** Required. Format: {@code AWS::EC2::Subnet.Id}. CloudFormation property {@code Subnets}. */
    public ManagedInstancesNetworkConfiguration subnets(List<String> value) {
      return set("Subnets", Value.listOf(value));
    }

    /** Sets {@code Subnets} to this value; see {@link #subnets(List)}. */
    public ManagedInstancesNetworkConfiguration subnets(Value<List<String>> value) {
      return set("Subnets", value);
    }
  }

  /** Property type {@code AWS::Batch::ComputeEnvironment.ManagedInstancesProvider}. */
  public static final class ManagedInstancesProvider extends Struct<ManagedInstancesProvider> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::ComputeEnvironment.ManagedInstancesProvider")
        .required("InfrastructureRoleArn", "InstanceLaunchTemplate")
        .constrain("InfrastructureRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .allowed("PropagateTags", "CAPACITY_PROVIDER", "NONE")
        .build();

    public ManagedInstancesProvider() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code InfrastructureOptimization}. */
    public ManagedInstancesProvider infrastructureOptimization(Value<InfrastructureOptimization> value) {
      return set("InfrastructureOptimization", value);
    }

    /**
     * Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
     * InfrastructureRoleArn}.
     */
    public ManagedInstancesProvider infrastructureRoleArn(String value) {
      return set("InfrastructureRoleArn", Value.of(value));
    }

    /**
     * Sets {@code InfrastructureRoleArn} to this value; see {@link #infrastructureRoleArn(String)}.
     */
    public ManagedInstancesProvider infrastructureRoleArn(Value<String> value) {
      return set("InfrastructureRoleArn", value);
    }

    /** Required. CloudFormation property {@code InstanceLaunchTemplate}. */
    public ManagedInstancesProvider instanceLaunchTemplate(Value<InstanceLaunchTemplate> value) {
      return set("InstanceLaunchTemplate", value);
    }

    /**
     * Allowed values: {@code CAPACITY_PROVIDER}, {@code NONE}. CloudFormation property {@code
     * PropagateTags}.
     */
    public ManagedInstancesProvider propagateTags(String value) {
      return set("PropagateTags", Value.of(value));
    }

    /** Sets {@code PropagateTags} to this value; see {@link #propagateTags(String)}. */
    public ManagedInstancesProvider propagateTags(Value<String> value) {
      return set("PropagateTags", value);
    }
  }

  /** Property type {@code AWS::Batch::ComputeEnvironment.ManagedInstancesStorageConfiguration}. */
  public static final class ManagedInstancesStorageConfiguration extends Struct<ManagedInstancesStorageConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::ComputeEnvironment.ManagedInstancesStorageConfiguration");

    public ManagedInstancesStorageConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code StorageSizeGiB}. */
    public ManagedInstancesStorageConfiguration storageSizeGiB(int value) {
      return set("StorageSizeGiB", Value.of(value));
    }

    /** Sets {@code StorageSizeGiB} to this value; see {@link #storageSizeGiB(int)}. */
    public ManagedInstancesStorageConfiguration storageSizeGiB(Value<Integer> value) {
      return set("StorageSizeGiB", value);
    }
  }

  /**
   * Specifies the infrastructure update policy for the Amazon EC2 compute environment. For more
   * information about infrastructure updates, see <a
   * href="https://docs.aws.amazon.com/batch/latest/userguide/updating-compute-environments.html">Updating
   * compute environments</a> in the <em>AWS Batch User Guide</em> .
   *
   * <p>Property type {@code AWS::Batch::ComputeEnvironment.UpdatePolicy}.
   */
  public static final class UpdatePolicy extends Struct<UpdatePolicy> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::ComputeEnvironment.UpdatePolicy");

    public UpdatePolicy() {
      super(SCHEMA);
    }

    /**
     * Specifies the job timeout (in minutes) when the compute environment infrastructure is
     * updated. The default value is 30.
     *
     * <p>Default: {@code 30}. CloudFormation property {@code JobExecutionTimeoutMinutes}.
     */
    public UpdatePolicy jobExecutionTimeoutMinutes(int value) {
      return set("JobExecutionTimeoutMinutes", Value.of(value));
    }

    /**
     * Sets {@code JobExecutionTimeoutMinutes} to this value; see {@link
     * #jobExecutionTimeoutMinutes(int)}.
     */
    public UpdatePolicy jobExecutionTimeoutMinutes(Value<Integer> value) {
      return set("JobExecutionTimeoutMinutes", value);
    }

    /**
     * Specifies whether jobs are automatically terminated when the compute environment
     * infrastructure is updated. The default value is <code>false</code> .
     *
     * <p>Default: {@code false}. CloudFormation property {@code TerminateJobsOnUpdate}.
     */
    public UpdatePolicy terminateJobsOnUpdate(boolean value) {
      return set("TerminateJobsOnUpdate", Value.of(value));
    }

    /**
     * Sets {@code TerminateJobsOnUpdate} to this value; see {@link
     * #terminateJobsOnUpdate(boolean)}.
     */
    public UpdatePolicy terminateJobsOnUpdate(Value<Boolean> value) {
      return set("TerminateJobsOnUpdate", value);
    }
  }
}
