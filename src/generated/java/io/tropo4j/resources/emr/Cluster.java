// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.emr;

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
 * The <code>AWS::EMR::Cluster</code> resource specifies an Amazon EMR cluster. This cluster is a
 * collection of Amazon EC2 instances that run open source big data frameworks and applications to
 * process and analyze vast amounts of data. For more information, see the <a
 * href="https://docs.aws.amazon.com//emr/latest/ManagementGuide/">Amazon EMR Management Guide</a> .
 *
 * <p>Amazon EMR now supports launching task instance groups and task instance fleets as part of the
 * <code>AWS::EMR::Cluster</code> resource. This can be done by using the
 * <code>JobFlowInstancesConfig</code> property type's <code>TaskInstanceGroups</code> and
 * <code>TaskInstanceFleets</code> subproperties. Using these subproperties reduces delays in
 * provisioning task nodes compared to specifying task nodes with the
 * <code>AWS::EMR::InstanceGroupConfig</code> and <code>AWS::EMR::InstanceFleetConfig</code>
 * resources. Please refer to the examples at the bottom of this page to learn how to use these
 * subproperties.
 *
 * <p>CloudFormation type {@code AWS::EMR::Cluster}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class Cluster extends Resource<Cluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::EMR::Cluster")
      .required("Instances", "JobFlowRole", "Name", "ServiceRole")
      .constrain("AdditionalInfo", Constraint.of().format("json"))
      .refYields("Id")
      .attributes("Id", "MasterPublicDNS")
      .stateful()
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Cluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A JSON string for selecting additional features.
   *
   * <p>Changing it replaces the resource. Format: {@code json}. CloudFormation property {@code
   * AdditionalInfo}.
   */
  public Cluster additionalInfo(Value<Json> value) {
    return set("AdditionalInfo", value);
  }

  /**
   * The applications to install on this cluster, for example, Spark, Flink, Oozie, Zeppelin, and so
   * on.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Applications}.
   */
  public Cluster applications(List<Application> value) {
    return set("Applications", Value.listOf(value));
  }

  /** Sets {@code Applications} to this value; see {@link #applications(List)}. */
  public Cluster applications(Value<List<Application>> value) {
    return set("Applications", value);
  }

  /** Sets {@code Applications} to a list of these; see {@link #applications(List)}. */
  public Cluster applications(Application... values) {
    return set("Applications", Value.list(values));
  }

  /**
   * An IAM role for automatic scaling policies. The default role is
   * <code>EMR_AutoScaling_DefaultRole</code> . The IAM role provides permissions that the automatic
   * scaling feature requires to launch and terminate Amazon EC2 instances in an instance group.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AutoScalingRole}.
   */
  public Cluster autoScalingRole(String value) {
    return set("AutoScalingRole", Value.of(value));
  }

  /** Sets {@code AutoScalingRole} to this value; see {@link #autoScalingRole(String)}. */
  public Cluster autoScalingRole(Value<String> value) {
    return set("AutoScalingRole", value);
  }

  /**
   * An auto-termination policy for an Amazon EMR cluster. An auto-termination policy defines the
   * amount of idle time in seconds after which a cluster automatically terminates. For alternative
   * cluster termination options, see <a
   * href="https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-termination.html">Control
   * cluster termination</a> .
   *
   * <p>CloudFormation property {@code AutoTerminationPolicy}.
   */
  public Cluster autoTerminationPolicy(Value<AutoTerminationPolicy> value) {
    return set("AutoTerminationPolicy", value);
  }

  /**
   * A list of bootstrap actions to run before Hadoop starts on the cluster nodes.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code BootstrapActions}.
   */
  public Cluster bootstrapActions(List<BootstrapActionConfig> value) {
    return set("BootstrapActions", Value.listOf(value));
  }

  /** Sets {@code BootstrapActions} to this value; see {@link #bootstrapActions(List)}. */
  public Cluster bootstrapActions(Value<List<BootstrapActionConfig>> value) {
    return set("BootstrapActions", value);
  }

  /** Sets {@code BootstrapActions} to a list of these; see {@link #bootstrapActions(List)}. */
  public Cluster bootstrapActions(BootstrapActionConfig... values) {
    return set("BootstrapActions", Value.list(values));
  }

  /**
   * Applies only to Amazon EMR releases 4.x and later. The list of configurations that are supplied
   * to the Amazon EMR cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Configurations}.
   */
  public Cluster configurations(List<Configuration> value) {
    return set("Configurations", Value.listOf(value));
  }

  /** Sets {@code Configurations} to this value; see {@link #configurations(List)}. */
  public Cluster configurations(Value<List<Configuration>> value) {
    return set("Configurations", value);
  }

  /** Sets {@code Configurations} to a list of these; see {@link #configurations(List)}. */
  public Cluster configurations(Configuration... values) {
    return set("Configurations", Value.list(values));
  }

  /**
   * Available only in Amazon EMR releases 5.7.0 and later. The ID of a custom Amazon EBS-backed
   * Linux AMI if the cluster uses a custom AMI.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CustomAmiId}.
   */
  public Cluster customAmiId(String value) {
    return set("CustomAmiId", Value.of(value));
  }

  /** Sets {@code CustomAmiId} to this value; see {@link #customAmiId(String)}. */
  public Cluster customAmiId(Value<String> value) {
    return set("CustomAmiId", value);
  }

  /**
   * The IOPS, of the Amazon EBS root device volume of the Linux AMI that is used for each Amazon
   * EC2 instance. Available in Amazon EMR releases 6.15.0 and later.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EbsRootVolumeIops}.
   */
  public Cluster ebsRootVolumeIops(int value) {
    return set("EbsRootVolumeIops", Value.of(value));
  }

  /** Sets {@code EbsRootVolumeIops} to this value; see {@link #ebsRootVolumeIops(int)}. */
  public Cluster ebsRootVolumeIops(Value<Integer> value) {
    return set("EbsRootVolumeIops", value);
  }

  /**
   * The size, in GiB, of the Amazon EBS root device volume of the Linux AMI that is used for each
   * Amazon EC2 instance. Available in Amazon EMR releases 4.x and later.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EbsRootVolumeSize}.
   */
  public Cluster ebsRootVolumeSize(int value) {
    return set("EbsRootVolumeSize", Value.of(value));
  }

  /** Sets {@code EbsRootVolumeSize} to this value; see {@link #ebsRootVolumeSize(int)}. */
  public Cluster ebsRootVolumeSize(Value<Integer> value) {
    return set("EbsRootVolumeSize", value);
  }

  /**
   * The throughput, in MiB/s, of the Amazon EBS root device volume of the Linux AMI that is used
   * for each Amazon EC2 instance. Available in Amazon EMR releases 6.15.0 and later.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EbsRootVolumeThroughput}.
   */
  public Cluster ebsRootVolumeThroughput(int value) {
    return set("EbsRootVolumeThroughput", Value.of(value));
  }

  /**
   * Sets {@code EbsRootVolumeThroughput} to this value; see {@link #ebsRootVolumeThroughput(int)}.
   */
  public Cluster ebsRootVolumeThroughput(Value<Integer> value) {
    return set("EbsRootVolumeThroughput", value);
  }

  /**
   * A specification of the number and type of Amazon EC2 instances.
   *
   * <p>Required. Changing it may replace the resource. CloudFormation property {@code Instances}.
   */
  public Cluster instances(Value<JobFlowInstancesConfig> value) {
    return set("Instances", value);
  }

  /**
   * Also called instance profile and Amazon EC2 role. An IAM role for an Amazon EMR cluster. The
   * Amazon EC2 instances of the cluster assume this role. The default role is
   * <code>EMR_EC2_DefaultRole</code> . In order to use the default role, you must have already
   * created it using the AWS CLI or console.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code JobFlowRole}.
   */
  public Cluster jobFlowRole(String value) {
    return set("JobFlowRole", Value.of(value));
  }

  /** Sets {@code JobFlowRole} to this value; see {@link #jobFlowRole(String)}. */
  public Cluster jobFlowRole(Value<String> value) {
    return set("JobFlowRole", value);
  }

  /**
   * Attributes for Kerberos configuration when Kerberos authentication is enabled using a security
   * configuration. For more information see <a
   * href="https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-kerberos.html">Use Kerberos
   * Authentication</a> in the <em>Amazon EMR Management Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KerberosAttributes}.
   */
  public Cluster kerberosAttributes(Value<KerberosAttributes> value) {
    return set("KerberosAttributes", value);
  }

  /**
   * The AWS KMS key used for encrypting log files. This attribute is only available with Amazon EMR
   * 5.30.0 and later, excluding Amazon EMR 6.0.0.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LogEncryptionKmsKeyId}.
   */
  public Cluster logEncryptionKmsKeyId(String value) {
    return set("LogEncryptionKmsKeyId", Value.of(value));
  }

  /**
   * Sets {@code LogEncryptionKmsKeyId} to this value; see {@link #logEncryptionKmsKeyId(String)}.
   */
  public Cluster logEncryptionKmsKeyId(Value<String> value) {
    return set("LogEncryptionKmsKeyId", value);
  }

  /**
   * The path to the Amazon S3 location where logs for this cluster are stored.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LogUri}.
   */
  public Cluster logUri(String value) {
    return set("LogUri", Value.of(value));
  }

  /** Sets {@code LogUri} to this value; see {@link #logUri(String)}. */
  public Cluster logUri(Value<String> value) {
    return set("LogUri", value);
  }

  /**
   * Creates or updates a managed scaling policy for an Amazon EMR cluster. The managed scaling
   * policy defines the limits for resources, such as Amazon EC2 instances that can be added or
   * terminated from a cluster. The policy only applies to the core and task nodes. The master node
   * cannot be scaled after initial configuration.
   *
   * <p>CloudFormation property {@code ManagedScalingPolicy}.
   */
  public Cluster managedScalingPolicy(Value<ManagedScalingPolicy> value) {
    return set("ManagedScalingPolicy", value);
  }

  /**
   * The name of the cluster. This parameter can't contain the characters &lt;, &gt;, $, |, or `
   * (backtick).
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public Cluster name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Cluster name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The Amazon Linux release specified in a cluster launch RunJobFlow request. If no Amazon Linux
   * release was specified, the default Amazon Linux release is shown in the response.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code OSReleaseLabel}.
   */
  public Cluster osReleaseLabel(String value) {
    return set("OSReleaseLabel", Value.of(value));
  }

  /** Sets {@code OSReleaseLabel} to this value; see {@link #osReleaseLabel(String)}. */
  public Cluster osReleaseLabel(Value<String> value) {
    return set("OSReleaseLabel", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code PlacementGroupConfigs}. */
  public Cluster placementGroupConfigs(List<PlacementGroupConfig> value) {
    return set("PlacementGroupConfigs", Value.listOf(value));
  }

  /** Sets {@code PlacementGroupConfigs} to this value; see {@link #placementGroupConfigs(List)}. */
  public Cluster placementGroupConfigs(Value<List<PlacementGroupConfig>> value) {
    return set("PlacementGroupConfigs", value);
  }

  /**
   * Sets {@code PlacementGroupConfigs} to a list of these; see {@link
   * #placementGroupConfigs(List)}.
   */
  public Cluster placementGroupConfigs(PlacementGroupConfig... values) {
    return set("PlacementGroupConfigs", Value.list(values));
  }

  /**
   * The Amazon EMR release label, which determines the version of open-source application packages
   * installed on the cluster. Release labels are in the form <code>emr-x.x.x</code> , where x.x.x
   * is an Amazon EMR release version such as <code>emr-5.14.0</code> . For more information about
   * Amazon EMR release versions and included application versions and features, see <a
   * href="https://docs.aws.amazon.com/emr/latest/ReleaseGuide/"></a> . The release label applies
   * only to Amazon EMR releases version 4.0 and later. Earlier versions use <code>AmiVersion</code>
   * .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ReleaseLabel}.
   */
  public Cluster releaseLabel(String value) {
    return set("ReleaseLabel", Value.of(value));
  }

  /** Sets {@code ReleaseLabel} to this value; see {@link #releaseLabel(String)}. */
  public Cluster releaseLabel(Value<String> value) {
    return set("ReleaseLabel", value);
  }

  /**
   * The way that individual Amazon EC2 instances terminate when an automatic scale-in activity
   * occurs or an instance group is resized. <code>TERMINATE_AT_INSTANCE_HOUR</code> indicates that
   * Amazon EMR terminates nodes at the instance-hour boundary, regardless of when the request to
   * terminate the instance was submitted. This option is only available with Amazon EMR 5.1.0 and
   * later and is the default for clusters created using that version.
   * <code>TERMINATE_AT_TASK_COMPLETION</code> indicates that Amazon EMR adds nodes to a deny list
   * and drains tasks from nodes before terminating the Amazon EC2 instances, regardless of the
   * instance-hour boundary. With either behavior, Amazon EMR removes the least active nodes first
   * and blocks instance termination if it could lead to HDFS corruption.
   * <code>TERMINATE_AT_TASK_COMPLETION</code> is available only in Amazon EMR releases 4.1.0 and
   * later, and is the default for versions of Amazon EMR earlier than 5.1.0.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ScaleDownBehavior}.
   */
  public Cluster scaleDownBehavior(String value) {
    return set("ScaleDownBehavior", Value.of(value));
  }

  /** Sets {@code ScaleDownBehavior} to this value; see {@link #scaleDownBehavior(String)}. */
  public Cluster scaleDownBehavior(Value<String> value) {
    return set("ScaleDownBehavior", value);
  }

  /**
   * The name of the security configuration applied to the cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SecurityConfiguration}.
   */
  public Cluster securityConfiguration(String value) {
    return set("SecurityConfiguration", Value.of(value));
  }

  /**
   * Sets {@code SecurityConfiguration} to this value; see {@link #securityConfiguration(String)}.
   */
  public Cluster securityConfiguration(Value<String> value) {
    return set("SecurityConfiguration", value);
  }

  /**
   * The IAM role that Amazon EMR assumes in order to access AWS resources on your behalf.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ServiceRole}.
   */
  public Cluster serviceRole(String value) {
    return set("ServiceRole", Value.of(value));
  }

  /** Sets {@code ServiceRole} to this value; see {@link #serviceRole(String)}. */
  public Cluster serviceRole(Value<String> value) {
    return set("ServiceRole", value);
  }

  /**
   * Specifies the number of steps that can be executed concurrently. The default value is
   * <code>1</code> . The maximum value is <code>256</code> .
   *
   * <p>CloudFormation property {@code StepConcurrencyLevel}.
   */
  public Cluster stepConcurrencyLevel(int value) {
    return set("StepConcurrencyLevel", Value.of(value));
  }

  /** Sets {@code StepConcurrencyLevel} to this value; see {@link #stepConcurrencyLevel(int)}. */
  public Cluster stepConcurrencyLevel(Value<Integer> value) {
    return set("StepConcurrencyLevel", value);
  }

  /**
   * A list of steps to run.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Steps}.
   */
  public Cluster steps(List<StepConfig> value) {
    return set("Steps", Value.listOf(value));
  }

  /** Sets {@code Steps} to this value; see {@link #steps(List)}. */
  public Cluster steps(Value<List<StepConfig>> value) {
    return set("Steps", value);
  }

  /** Sets {@code Steps} to a list of these; see {@link #steps(List)}. */
  public Cluster steps(StepConfig... values) {
    return set("Steps", Value.list(values));
  }

  /**
   * A list of tags associated with a cluster.
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
   * Indicates whether the cluster is visible to all IAM users of the AWS account associated with
   * the cluster. If this value is set to <code>true</code> , all IAM users of that AWS account can
   * view and manage the cluster if they have the proper policy permissions set. If this value is
   * <code>false</code> , only the IAM user that created the cluster can view and manage it. This
   * value can be changed using the SetVisibleToAllUsers action.
   *
   * <p>When you create clusters directly through the EMR console or API, this value is set to
   * <code>true</code> by default. However, for <code>AWS::EMR::Cluster</code> resources in
   * CloudFormation, the default is <code>false</code> .
   *
   * <p>CloudFormation property {@code VisibleToAllUsers}.
   */
  public Cluster visibleToAllUsers(boolean value) {
    return set("VisibleToAllUsers", Value.of(value));
  }

  /** Sets {@code VisibleToAllUsers} to this value; see {@link #visibleToAllUsers(boolean)}. */
  public Cluster visibleToAllUsers(Value<Boolean> value) {
    return set("VisibleToAllUsers", value);
  }

  /**
   * The unique identifier for the cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The public DNS name of the master node (instance), such as
   * <code>ec2-12-123-123-123.us-west-2.compute.amazonaws.com</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code MasterPublicDNS}.
   */
  public Value<String> masterPublicDNS() {
    return getAtt("MasterPublicDNS");
  }

  /**
   * <code>Application</code> is a property of <code>AWS::EMR::Cluster</code> . The
   * <code>Application</code> property type defines the open-source big data applications for EMR to
   * install and configure when a cluster is created.
   *
   * <p>With Amazon EMR release version 4.0 and later, the only accepted parameter is the
   * application <code>Name</code> . To pass arguments to these applications, you use configuration
   * classifications specified using JSON objects in a <code>Configuration</code> property. For more
   * information, see <a
   * href="https://docs.aws.amazon.com//emr/latest/ReleaseGuide/emr-configure-apps.html">Configuring
   * Applications</a> .
   *
   * <p>With earlier Amazon EMR releases, the application is any AWS or third-party software that
   * you can add to the cluster. You can specify the version of the application and arguments to
   * pass to it. Amazon EMR accepts and forwards the argument list to the corresponding installation
   * script as a bootstrap action argument.
   *
   * <p>Property type {@code AWS::EMR::Cluster.Application}.
   */
  public static final class Application extends Struct<Application> {
    private static final Schema SCHEMA = Schema.of("AWS::EMR::Cluster.Application");

    public Application() {
      super(SCHEMA);
    }

    /**
     * This option is for advanced users only. This is meta information about clusters and
     * applications that are used for testing and troubleshooting.
     *
     * <p>CloudFormation property {@code AdditionalInfo}.
     */
    public Application additionalInfo(Map<String, String> value) {
      return set("AdditionalInfo", Value.mapOf(value));
    }

    /** Sets {@code AdditionalInfo} to this value; see {@link #additionalInfo(Map)}. */
    public Application additionalInfo(Value<Map<String, String>> value) {
      return set("AdditionalInfo", value);
    }

    /**
     * Arguments for Amazon EMR to pass to the application.
     *
     * <p>CloudFormation property {@code Args}.
     */
    public Application args(List<String> value) {
      return set("Args", Value.listOf(value));
    }

    /** Sets {@code Args} to this value; see {@link #args(List)}. */
    public Application args(Value<List<String>> value) {
      return set("Args", value);
    }

    /**
     * The name of the application.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public Application name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Application name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The version of the application.
     *
     * <p>CloudFormation property {@code Version}.
     */
    public Application version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public Application version(Value<String> value) {
      return set("Version", value);
    }
  }

  /**
   * <code>AutoScalingPolicy</code> is a subproperty of <code>InstanceGroupConfig</code> .
   * <code>AutoScalingPolicy</code> defines how an instance group dynamically adds and terminates
   * EC2 instances in response to the value of a CloudWatch metric. For more information, see <a
   * href="https://docs.aws.amazon.com//emr/latest/ManagementGuide/emr-automatic-scaling.html">Using
   * Automatic Scaling in Amazon EMR</a> in the <em>Amazon EMR Management Guide</em> .
   *
   * <p>Property type {@code AWS::EMR::Cluster.AutoScalingPolicy}.
   */
  public static final class AutoScalingPolicy extends Struct<AutoScalingPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::Cluster.AutoScalingPolicy")
        .required("Constraints", "Rules")
        .build();

    public AutoScalingPolicy() {
      super(SCHEMA);
    }

    /**
     * The upper and lower Amazon EC2 instance limits for an automatic scaling policy. Automatic
     * scaling activity will not cause an instance group to grow above or below these limits.
     *
     * <p>Required. CloudFormation property {@code Constraints}.
     */
    public AutoScalingPolicy constraints(Value<ScalingConstraints> value) {
      return set("Constraints", value);
    }

    /**
     * The scale-in and scale-out rules that comprise the automatic scaling policy.
     *
     * <p>Required. CloudFormation property {@code Rules}.
     */
    public AutoScalingPolicy rules(List<ScalingRule> value) {
      return set("Rules", Value.listOf(value));
    }

    /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
    public AutoScalingPolicy rules(Value<List<ScalingRule>> value) {
      return set("Rules", value);
    }

    /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
    public AutoScalingPolicy rules(ScalingRule... values) {
      return set("Rules", Value.list(values));
    }
  }

  /**
   * An auto-termination policy for an Amazon EMR cluster. An auto-termination policy defines the
   * amount of idle time in seconds after which a cluster automatically terminates. For alternative
   * cluster termination options, see <a
   * href="https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-termination.html">Control
   * cluster termination</a> .
   *
   * <p>Property type {@code AWS::EMR::Cluster.AutoTerminationPolicy}.
   */
  public static final class AutoTerminationPolicy extends Struct<AutoTerminationPolicy> {
    private static final Schema SCHEMA = Schema.of("AWS::EMR::Cluster.AutoTerminationPolicy");

    public AutoTerminationPolicy() {
      super(SCHEMA);
    }

    /**
     * Specifies the amount of idle time in seconds after which the cluster automatically
     * terminates. You can specify a minimum of 60 seconds and a maximum of 604800 seconds (seven
     * days).
     *
     * <p>CloudFormation property {@code IdleTimeout}.
     */
    public AutoTerminationPolicy idleTimeout(int value) {
      return set("IdleTimeout", Value.of(value));
    }

    /** Sets {@code IdleTimeout} to this value; see {@link #idleTimeout(int)}. */
    public AutoTerminationPolicy idleTimeout(Value<Integer> value) {
      return set("IdleTimeout", value);
    }
  }

  /**
   * <code>BootstrapActionConfig</code> is a property of <code>AWS::EMR::Cluster</code> that can be
   * used to run bootstrap actions on EMR clusters. You can use a bootstrap action to install
   * software and configure EC2 instances for all cluster nodes before EMR installs and configures
   * open-source big data applications on cluster instances. For more information, see <a
   * href="https://docs.aws.amazon.com//emr/latest/ManagementGuide/emr-plan-bootstrap.html">Create
   * Bootstrap Actions to Install Additional Software</a> in the <em>Amazon EMR Management
   * Guide</em> .
   *
   * <p>Property type {@code AWS::EMR::Cluster.BootstrapActionConfig}.
   */
  public static final class BootstrapActionConfig extends Struct<BootstrapActionConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::Cluster.BootstrapActionConfig")
        .required("Name", "ScriptBootstrapAction")
        .build();

    public BootstrapActionConfig() {
      super(SCHEMA);
    }

    /**
     * The name of the bootstrap action.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public BootstrapActionConfig name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public BootstrapActionConfig name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The script run by the bootstrap action.
     *
     * <p>Required. CloudFormation property {@code ScriptBootstrapAction}.
     */
    public BootstrapActionConfig scriptBootstrapAction(Value<ScriptBootstrapActionConfig> value) {
      return set("ScriptBootstrapAction", value);
    }
  }

  /**
   * <code>CloudWatchAlarmDefinition</code> is a subproperty of the <code>ScalingTrigger</code>
   * property, which determines when to trigger an automatic scaling activity. Scaling activity
   * begins when you satisfy the defined alarm conditions.
   *
   * <p>Property type {@code AWS::EMR::Cluster.CloudWatchAlarmDefinition}.
   */
  public static final class CloudWatchAlarmDefinition extends Struct<CloudWatchAlarmDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::Cluster.CloudWatchAlarmDefinition")
        .required("ComparisonOperator", "MetricName", "Period", "Threshold")
        .build();

    public CloudWatchAlarmDefinition() {
      super(SCHEMA);
    }

    /**
     * Determines how the metric specified by <code>MetricName</code> is compared to the value
     * specified by <code>Threshold</code> .
     *
     * <p>Required. CloudFormation property {@code ComparisonOperator}.
     */
    public CloudWatchAlarmDefinition comparisonOperator(String value) {
      return set("ComparisonOperator", Value.of(value));
    }

    /** Sets {@code ComparisonOperator} to this value; see {@link #comparisonOperator(String)}. */
    public CloudWatchAlarmDefinition comparisonOperator(Value<String> value) {
      return set("ComparisonOperator", value);
    }

    /**
     * A CloudWatch metric dimension.
     *
     * <p>CloudFormation property {@code Dimensions}.
     */
    public CloudWatchAlarmDefinition dimensions(List<MetricDimension> value) {
      return set("Dimensions", Value.listOf(value));
    }

    /** Sets {@code Dimensions} to this value; see {@link #dimensions(List)}. */
    public CloudWatchAlarmDefinition dimensions(Value<List<MetricDimension>> value) {
      return set("Dimensions", value);
    }

    /** Sets {@code Dimensions} to a list of these; see {@link #dimensions(List)}. */
    public CloudWatchAlarmDefinition dimensions(MetricDimension... values) {
      return set("Dimensions", Value.list(values));
    }

    /**
     * The number of periods, in five-minute increments, during which the alarm condition must exist
     * before the alarm triggers automatic scaling activity. The default value is <code>1</code> .
     *
     * <p>CloudFormation property {@code EvaluationPeriods}.
     */
    public CloudWatchAlarmDefinition evaluationPeriods(int value) {
      return set("EvaluationPeriods", Value.of(value));
    }

    /** Sets {@code EvaluationPeriods} to this value; see {@link #evaluationPeriods(int)}. */
    public CloudWatchAlarmDefinition evaluationPeriods(Value<Integer> value) {
      return set("EvaluationPeriods", value);
    }

    /**
     * The name of the CloudWatch metric that is watched to determine an alarm condition.
     *
     * <p>Required. CloudFormation property {@code MetricName}.
     */
    public CloudWatchAlarmDefinition metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public CloudWatchAlarmDefinition metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * The namespace for the CloudWatch metric. The default is <code>AWS/ElasticMapReduce</code> .
     *
     * <p>CloudFormation property {@code Namespace}.
     */
    public CloudWatchAlarmDefinition namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public CloudWatchAlarmDefinition namespace(Value<String> value) {
      return set("Namespace", value);
    }

    /**
     * The period, in seconds, over which the statistic is applied. CloudWatch metrics for Amazon
     * EMR are emitted every five minutes (300 seconds), so if you specify a CloudWatch metric,
     * specify <code>300</code> .
     *
     * <p>Required. CloudFormation property {@code Period}.
     */
    public CloudWatchAlarmDefinition period(int value) {
      return set("Period", Value.of(value));
    }

    /** Sets {@code Period} to this value; see {@link #period(int)}. */
    public CloudWatchAlarmDefinition period(Value<Integer> value) {
      return set("Period", value);
    }

    /**
     * The statistic to apply to the metric associated with the alarm. The default is
     * <code>AVERAGE</code> .
     *
     * <p>CloudFormation property {@code Statistic}.
     */
    public CloudWatchAlarmDefinition statistic(String value) {
      return set("Statistic", Value.of(value));
    }

    /** Sets {@code Statistic} to this value; see {@link #statistic(String)}. */
    public CloudWatchAlarmDefinition statistic(Value<String> value) {
      return set("Statistic", value);
    }

    /**
     * The value against which the specified statistic is compared.
     *
     * <p>Required. CloudFormation property {@code Threshold}.
     */
    public CloudWatchAlarmDefinition threshold(double value) {
      return set("Threshold", Value.of(value));
    }

    /** Sets {@code Threshold} to this value; see {@link #threshold(double)}. */
    public CloudWatchAlarmDefinition threshold(Value<Double> value) {
      return set("Threshold", value);
    }

    /**
     * The unit of measure associated with the CloudWatch metric being watched. The value specified
     * for <code>Unit</code> must correspond to the units specified in the CloudWatch metric.
     *
     * <p>CloudFormation property {@code Unit}.
     */
    public CloudWatchAlarmDefinition unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public CloudWatchAlarmDefinition unit(Value<String> value) {
      return set("Unit", value);
    }
  }

  /**
   * The Amazon EC2 unit limits for a managed scaling policy. The managed scaling activity of a
   * cluster can not be above or below these limits. The limit only applies to the core and task
   * nodes. The master node cannot be scaled after initial configuration.
   *
   * <p>Property type {@code AWS::EMR::Cluster.ComputeLimits}.
   */
  public static final class ComputeLimits extends Struct<ComputeLimits> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::Cluster.ComputeLimits")
        .required("MaximumCapacityUnits", "MinimumCapacityUnits", "UnitType")
        .build();

    public ComputeLimits() {
      super(SCHEMA);
    }

    /**
     * The upper boundary of Amazon EC2 units. It is measured through vCPU cores or instances for
     * instance groups and measured through units for instance fleets. Managed scaling activities
     * are not allowed beyond this boundary. The limit only applies to the core and task nodes. The
     * master node cannot be scaled after initial configuration.
     *
     * <p>Required. CloudFormation property {@code MaximumCapacityUnits}.
     */
    public ComputeLimits maximumCapacityUnits(int value) {
      return set("MaximumCapacityUnits", Value.of(value));
    }

    /** Sets {@code MaximumCapacityUnits} to this value; see {@link #maximumCapacityUnits(int)}. */
    public ComputeLimits maximumCapacityUnits(Value<Integer> value) {
      return set("MaximumCapacityUnits", value);
    }

    /**
     * The upper boundary of Amazon EC2 units for core node type in a cluster. It is measured
     * through vCPU cores or instances for instance groups and measured through units for instance
     * fleets. The core units are not allowed to scale beyond this boundary. The parameter is used
     * to split capacity allocation between core and task nodes.
     *
     * <p>CloudFormation property {@code MaximumCoreCapacityUnits}.
     */
    public ComputeLimits maximumCoreCapacityUnits(int value) {
      return set("MaximumCoreCapacityUnits", Value.of(value));
    }

    /**
     * Sets {@code MaximumCoreCapacityUnits} to this value; see {@link
     * #maximumCoreCapacityUnits(int)}.
     */
    public ComputeLimits maximumCoreCapacityUnits(Value<Integer> value) {
      return set("MaximumCoreCapacityUnits", value);
    }

    /**
     * The upper boundary of On-Demand Amazon EC2 units. It is measured through vCPU cores or
     * instances for instance groups and measured through units for instance fleets. The On-Demand
     * units are not allowed to scale beyond this boundary. The parameter is used to split capacity
     * allocation between On-Demand and Spot Instances.
     *
     * <p>CloudFormation property {@code MaximumOnDemandCapacityUnits}.
     */
    public ComputeLimits maximumOnDemandCapacityUnits(int value) {
      return set("MaximumOnDemandCapacityUnits", Value.of(value));
    }

    /**
     * Sets {@code MaximumOnDemandCapacityUnits} to this value; see {@link
     * #maximumOnDemandCapacityUnits(int)}.
     */
    public ComputeLimits maximumOnDemandCapacityUnits(Value<Integer> value) {
      return set("MaximumOnDemandCapacityUnits", value);
    }

    /**
     * The lower boundary of Amazon EC2 units. It is measured through vCPU cores or instances for
     * instance groups and measured through units for instance fleets. Managed scaling activities
     * are not allowed beyond this boundary. The limit only applies to the core and task nodes. The
     * master node cannot be scaled after initial configuration.
     *
     * <p>Required. CloudFormation property {@code MinimumCapacityUnits}.
     */
    public ComputeLimits minimumCapacityUnits(int value) {
      return set("MinimumCapacityUnits", Value.of(value));
    }

    /** Sets {@code MinimumCapacityUnits} to this value; see {@link #minimumCapacityUnits(int)}. */
    public ComputeLimits minimumCapacityUnits(Value<Integer> value) {
      return set("MinimumCapacityUnits", value);
    }

    /**
     * The unit type used for specifying a managed scaling policy.
     *
     * <p>Required. CloudFormation property {@code UnitType}.
     */
    public ComputeLimits unitType(String value) {
      return set("UnitType", Value.of(value));
    }

    /** Sets {@code UnitType} to this value; see {@link #unitType(String)}. */
    public ComputeLimits unitType(Value<String> value) {
      return set("UnitType", value);
    }
  }

  /**
   * Used only with Amazon EMR release 4.0 and later.
   *
   * <p><code>Configuration</code> is a subproperty of <code>InstanceFleetConfig</code> or
   * <code>InstanceGroupConfig</code> . <code>Configuration</code> specifies optional configurations
   * for customizing open-source big data applications and environment parameters. A configuration
   * consists of a classification, properties, and optional nested configurations. A classification
   * refers to an application-specific configuration file. Properties are the settings you want to
   * change in that file. For more information, see <a
   * href="https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-configure-apps.html">Configuring
   * Applications</a> in the <em>Amazon EMR Release Guide</em> .
   *
   * <p>Property type {@code AWS::EMR::Cluster.Configuration}.
   */
  public static final class Configuration extends Struct<Configuration> {
    private static final Schema SCHEMA = Schema.of("AWS::EMR::Cluster.Configuration");

    public Configuration() {
      super(SCHEMA);
    }

    /**
     * The classification within a configuration.
     *
     * <p>CloudFormation property {@code Classification}.
     */
    public Configuration classification(String value) {
      return set("Classification", Value.of(value));
    }

    /** Sets {@code Classification} to this value; see {@link #classification(String)}. */
    public Configuration classification(Value<String> value) {
      return set("Classification", value);
    }

    /**
     * A list of additional configurations to apply within a configuration object.
     *
     * <p>CloudFormation property {@code ConfigurationProperties}.
     */
    public Configuration configurationProperties(Map<String, String> value) {
      return set("ConfigurationProperties", Value.mapOf(value));
    }

    /**
     * Sets {@code ConfigurationProperties} to this value; see {@link
     * #configurationProperties(Map)}.
     */
    public Configuration configurationProperties(Value<Map<String, String>> value) {
      return set("ConfigurationProperties", value);
    }

    /**
     * A list of additional configurations to apply within a configuration object.
     *
     * <p>CloudFormation property {@code Configurations}.
     */
    public Configuration configurations(List<Configuration> value) {
      return set("Configurations", Value.listOf(value));
    }

    /** Sets {@code Configurations} to this value; see {@link #configurations(List)}. */
    public Configuration configurations(Value<List<Configuration>> value) {
      return set("Configurations", value);
    }

    /** Sets {@code Configurations} to a list of these; see {@link #configurations(List)}. */
    public Configuration configurations(Configuration... values) {
      return set("Configurations", Value.list(values));
    }
  }

  /**
   * <code>EbsBlockDeviceConfig</code> is a subproperty of the <code>EbsConfiguration</code>
   * property type. <code>EbsBlockDeviceConfig</code> defines the number and type of EBS volumes to
   * associate with all EC2 instances in an EMR cluster.
   *
   * <p>Property type {@code AWS::EMR::Cluster.EbsBlockDeviceConfig}.
   */
  public static final class EbsBlockDeviceConfig extends Struct<EbsBlockDeviceConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::Cluster.EbsBlockDeviceConfig")
        .required("VolumeSpecification")
        .build();

    public EbsBlockDeviceConfig() {
      super(SCHEMA);
    }

    /**
     * EBS volume specifications such as volume type, IOPS, size (GiB) and throughput (MiB/s) that
     * are requested for the EBS volume attached to an Amazon EC2 instance in the cluster.
     *
     * <p>Required. CloudFormation property {@code VolumeSpecification}.
     */
    public EbsBlockDeviceConfig volumeSpecification(Value<VolumeSpecification> value) {
      return set("VolumeSpecification", value);
    }

    /**
     * Number of EBS volumes with a specific volume configuration that are associated with every
     * instance in the instance group
     *
     * <p>CloudFormation property {@code VolumesPerInstance}.
     */
    public EbsBlockDeviceConfig volumesPerInstance(int value) {
      return set("VolumesPerInstance", Value.of(value));
    }

    /** Sets {@code VolumesPerInstance} to this value; see {@link #volumesPerInstance(int)}. */
    public EbsBlockDeviceConfig volumesPerInstance(Value<Integer> value) {
      return set("VolumesPerInstance", value);
    }
  }

  /**
   * <code>EbsConfiguration</code> is a subproperty of <code>InstanceFleetConfig</code> or
   * <code>InstanceGroupConfig</code> . <code>EbsConfiguration</code> determines the EBS volumes to
   * attach to EMR cluster instances.
   *
   * <p>Property type {@code AWS::EMR::Cluster.EbsConfiguration}.
   */
  public static final class EbsConfiguration extends Struct<EbsConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::EMR::Cluster.EbsConfiguration");

    public EbsConfiguration() {
      super(SCHEMA);
    }

    /**
     * An array of Amazon EBS volume specifications attached to a cluster instance.
     *
     * <p>CloudFormation property {@code EbsBlockDeviceConfigs}.
     */
    public EbsConfiguration ebsBlockDeviceConfigs(List<EbsBlockDeviceConfig> value) {
      return set("EbsBlockDeviceConfigs", Value.listOf(value));
    }

    /**
     * Sets {@code EbsBlockDeviceConfigs} to this value; see {@link #ebsBlockDeviceConfigs(List)}.
     */
    public EbsConfiguration ebsBlockDeviceConfigs(Value<List<EbsBlockDeviceConfig>> value) {
      return set("EbsBlockDeviceConfigs", value);
    }

    /**
     * Sets {@code EbsBlockDeviceConfigs} to a list of these; see {@link
     * #ebsBlockDeviceConfigs(List)}.
     */
    public EbsConfiguration ebsBlockDeviceConfigs(EbsBlockDeviceConfig... values) {
      return set("EbsBlockDeviceConfigs", Value.list(values));
    }

    /**
     * Indicates whether an Amazon EBS volume is EBS-optimized. The default is false. You should
     * explicitly set this value to true to enable the Amazon EBS-optimized setting for an EC2
     * instance.
     *
     * <p>CloudFormation property {@code EbsOptimized}.
     */
    public EbsConfiguration ebsOptimized(boolean value) {
      return set("EbsOptimized", Value.of(value));
    }

    /** Sets {@code EbsOptimized} to this value; see {@link #ebsOptimized(boolean)}. */
    public EbsConfiguration ebsOptimized(Value<Boolean> value) {
      return set("EbsOptimized", value);
    }
  }

  /**
   * The <code>HadoopJarStepConfig</code> property type specifies a job flow step consisting of a
   * JAR file whose main function will be executed. The main function submits a job for the cluster
   * to execute as a step on the master node, and then waits for the job to finish or fail before
   * executing subsequent steps.
   *
   * <p>Property type {@code AWS::EMR::Cluster.HadoopJarStepConfig}.
   */
  public static final class HadoopJarStepConfig extends Struct<HadoopJarStepConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::Cluster.HadoopJarStepConfig")
        .required("Jar")
        .build();

    public HadoopJarStepConfig() {
      super(SCHEMA);
    }

    /**
     * A list of command line arguments passed to the JAR file's main function when executed.
     *
     * <p>CloudFormation property {@code Args}.
     */
    public HadoopJarStepConfig args(List<String> value) {
      return set("Args", Value.listOf(value));
    }

    /** Sets {@code Args} to this value; see {@link #args(List)}. */
    public HadoopJarStepConfig args(Value<List<String>> value) {
      return set("Args", value);
    }

    /**
     * A path to a JAR file run during the step.
     *
     * <p>Required. CloudFormation property {@code Jar}.
     */
    public HadoopJarStepConfig jar(String value) {
      return set("Jar", Value.of(value));
    }

    /** Sets {@code Jar} to this value; see {@link #jar(String)}. */
    public HadoopJarStepConfig jar(Value<String> value) {
      return set("Jar", value);
    }

    /**
     * The name of the main class in the specified Java file. If not specified, the JAR file should
     * specify a Main-Class in its manifest file.
     *
     * <p>CloudFormation property {@code MainClass}.
     */
    public HadoopJarStepConfig mainClass(String value) {
      return set("MainClass", Value.of(value));
    }

    /** Sets {@code MainClass} to this value; see {@link #mainClass(String)}. */
    public HadoopJarStepConfig mainClass(Value<String> value) {
      return set("MainClass", value);
    }

    /**
     * A list of Java properties that are set when the step runs. You can use these properties to
     * pass key-value pairs to your main function.
     *
     * <p>CloudFormation property {@code StepProperties}.
     */
    public HadoopJarStepConfig stepProperties(List<KeyValue> value) {
      return set("StepProperties", Value.listOf(value));
    }

    /** Sets {@code StepProperties} to this value; see {@link #stepProperties(List)}. */
    public HadoopJarStepConfig stepProperties(Value<List<KeyValue>> value) {
      return set("StepProperties", value);
    }

    /** Sets {@code StepProperties} to a list of these; see {@link #stepProperties(List)}. */
    public HadoopJarStepConfig stepProperties(KeyValue... values) {
      return set("StepProperties", Value.list(values));
    }
  }

  /**
   * Use <code>InstanceFleetConfig</code> to define instance fleets for an EMR cluster. A cluster
   * can not use both instance fleets and instance groups. For more information, see <a
   * href="https://docs.aws.amazon.com//emr/latest/ManagementGuide/emr-instance-group-configuration.html">Configure
   * Instance Fleets</a> in the <em>Amazon EMR Management Guide</em> .
   *
   * <p>The instance fleet configuration is available only in Amazon EMR versions 4.8.0 and later,
   * excluding 5.0.x versions.
   *
   * <p>Property type {@code AWS::EMR::Cluster.InstanceFleetConfig}.
   */
  public static final class InstanceFleetConfig extends Struct<InstanceFleetConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::EMR::Cluster.InstanceFleetConfig");

    public InstanceFleetConfig() {
      super(SCHEMA);
    }

    /**
     * The instance type configurations that define the Amazon EC2 instances in the instance fleet.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code InstanceTypeConfigs}.
     */
    public InstanceFleetConfig instanceTypeConfigs(List<InstanceTypeConfig> value) {
      return set("InstanceTypeConfigs", Value.listOf(value));
    }

    /** Sets {@code InstanceTypeConfigs} to this value; see {@link #instanceTypeConfigs(List)}. */
    public InstanceFleetConfig instanceTypeConfigs(Value<List<InstanceTypeConfig>> value) {
      return set("InstanceTypeConfigs", value);
    }

    /**
     * Sets {@code InstanceTypeConfigs} to a list of these; see {@link #instanceTypeConfigs(List)}.
     */
    public InstanceFleetConfig instanceTypeConfigs(InstanceTypeConfig... values) {
      return set("InstanceTypeConfigs", Value.list(values));
    }

    /**
     * The launch specification for the instance fleet.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code LaunchSpecifications}.
     */
    public InstanceFleetConfig launchSpecifications(Value<InstanceFleetProvisioningSpecifications> value) {
      return set("LaunchSpecifications", value);
    }

    /**
     * The friendly name of the instance fleet.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
     */
    public InstanceFleetConfig name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public InstanceFleetConfig name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The resize specification for the instance fleet.
     *
     * <p>CloudFormation property {@code ResizeSpecifications}.
     */
    public InstanceFleetConfig resizeSpecifications(Value<InstanceFleetResizingSpecifications> value) {
      return set("ResizeSpecifications", value);
    }

    /**
     * The target capacity of On-Demand units for the instance fleet, which determines how many
     * On-Demand instances to provision. When the instance fleet launches, Amazon EMR tries to
     * provision On-Demand instances as specified by <code>InstanceTypeConfig</code> . Each instance
     * configuration has a specified <code>WeightedCapacity</code> . When an On-Demand instance is
     * provisioned, the <code>WeightedCapacity</code> units count toward the target capacity. Amazon
     * EMR provisions instances until the target capacity is totally fulfilled, even if this results
     * in an overage. For example, if there are 2 units remaining to fulfill capacity, and Amazon
     * EMR can only provision an instance with a <code>WeightedCapacity</code> of 5 units, the
     * instance is provisioned, and the target capacity is exceeded by 3 units.
     *
     * <p>If not specified or set to 0, only Spot instances are provisioned for the instance fleet
     * using <code>TargetSpotCapacity</code> . At least one of <code>TargetSpotCapacity</code> and
     * <code>TargetOnDemandCapacity</code> should be greater than 0. For a master instance fleet,
     * only one of <code>TargetSpotCapacity</code> and <code>TargetOnDemandCapacity</code> can be
     * specified, and its value must be 1.
     *
     * <p>CloudFormation property {@code TargetOnDemandCapacity}.
     */
    public InstanceFleetConfig targetOnDemandCapacity(int value) {
      return set("TargetOnDemandCapacity", Value.of(value));
    }

    /**
     * Sets {@code TargetOnDemandCapacity} to this value; see {@link #targetOnDemandCapacity(int)}.
     */
    public InstanceFleetConfig targetOnDemandCapacity(Value<Integer> value) {
      return set("TargetOnDemandCapacity", value);
    }

    /**
     * The target capacity of Spot units for the instance fleet, which determines how many Spot
     * instances to provision. When the instance fleet launches, Amazon EMR tries to provision Spot
     * instances as specified by <code>InstanceTypeConfig</code> . Each instance configuration has a
     * specified <code>WeightedCapacity</code> . When a Spot instance is provisioned, the
     * <code>WeightedCapacity</code> units count toward the target capacity. Amazon EMR provisions
     * instances until the target capacity is totally fulfilled, even if this results in an overage.
     * For example, if there are 2 units remaining to fulfill capacity, and Amazon EMR can only
     * provision an instance with a <code>WeightedCapacity</code> of 5 units, the instance is
     * provisioned, and the target capacity is exceeded by 3 units.
     *
     * <p>If not specified or set to 0, only On-Demand instances are provisioned for the instance
     * fleet. At least one of <code>TargetSpotCapacity</code> and
     * <code>TargetOnDemandCapacity</code> should be greater than 0. For a master instance fleet,
     * only one of <code>TargetSpotCapacity</code> and <code>TargetOnDemandCapacity</code> can be
     * specified, and its value must be 1.
     *
     * <p>CloudFormation property {@code TargetSpotCapacity}.
     */
    public InstanceFleetConfig targetSpotCapacity(int value) {
      return set("TargetSpotCapacity", Value.of(value));
    }

    /** Sets {@code TargetSpotCapacity} to this value; see {@link #targetSpotCapacity(int)}. */
    public InstanceFleetConfig targetSpotCapacity(Value<Integer> value) {
      return set("TargetSpotCapacity", value);
    }
  }

  /**
   * <code>InstanceFleetProvisioningSpecification</code> is a subproperty of
   * <code>InstanceFleetConfig</code> . <code>InstanceFleetProvisioningSpecification</code> defines
   * the launch specification for Spot instances in an instance fleet, which determines the defined
   * duration and provisioning timeout behavior for Spot instances.
   *
   * <p>The instance fleet configuration is available only in Amazon EMR versions 4.8.0 and later,
   * excluding 5.0.x versions.
   *
   * <p>Property type {@code AWS::EMR::Cluster.InstanceFleetProvisioningSpecifications}.
   */
  public static final class InstanceFleetProvisioningSpecifications extends Struct<InstanceFleetProvisioningSpecifications> {
    private static final Schema SCHEMA = Schema.of("AWS::EMR::Cluster.InstanceFleetProvisioningSpecifications");

    public InstanceFleetProvisioningSpecifications() {
      super(SCHEMA);
    }

    /**
     * The launch specification for On-Demand Instances in the instance fleet, which determines the
     * allocation strategy and capacity reservation options.
     *
     * <p>The instance fleet configuration is available only in Amazon EMR releases 4.8.0 and later,
     * excluding 5.0.x versions. On-Demand Instances allocation strategy is available in Amazon EMR
     * releases 5.12.1 and later.
     *
     * <p>CloudFormation property {@code OnDemandSpecification}.
     */
    public InstanceFleetProvisioningSpecifications onDemandSpecification(Value<OnDemandProvisioningSpecification> value) {
      return set("OnDemandSpecification", value);
    }

    /**
     * The launch specification for Spot instances in the fleet, which determines the allocation
     * strategy, defined duration, and provisioning timeout behavior.
     *
     * <p>CloudFormation property {@code SpotSpecification}.
     */
    public InstanceFleetProvisioningSpecifications spotSpecification(Value<SpotProvisioningSpecification> value) {
      return set("SpotSpecification", value);
    }
  }

  /**
   * The resize specification for On-Demand and Spot Instances in the fleet.
   *
   * <p>Property type {@code AWS::EMR::Cluster.InstanceFleetResizingSpecifications}.
   */
  public static final class InstanceFleetResizingSpecifications extends Struct<InstanceFleetResizingSpecifications> {
    private static final Schema SCHEMA = Schema.of("AWS::EMR::Cluster.InstanceFleetResizingSpecifications");

    public InstanceFleetResizingSpecifications() {
      super(SCHEMA);
    }

    /**
     * The resize specification for On-Demand Instances in the instance fleet, which contains the
     * allocation strategy, capacity reservation options, and the resize timeout period.
     *
     * <p>CloudFormation property {@code OnDemandResizeSpecification}.
     */
    public InstanceFleetResizingSpecifications onDemandResizeSpecification(Value<OnDemandResizingSpecification> value) {
      return set("OnDemandResizeSpecification", value);
    }

    /**
     * The resize specification for Spot Instances in the instance fleet, which contains the
     * allocation strategy and the resize timeout period.
     *
     * <p>CloudFormation property {@code SpotResizeSpecification}.
     */
    public InstanceFleetResizingSpecifications spotResizeSpecification(Value<SpotResizingSpecification> value) {
      return set("SpotResizeSpecification", value);
    }
  }

  /**
   * Use <code>InstanceGroupConfig</code> to define instance groups for an EMR cluster. A cluster
   * can not use both instance groups and instance fleets. For more information, see <a
   * href="https://docs.aws.amazon.com//emr/latest/ManagementGuide/emr-instance-group-configuration.html">Create
   * a Cluster with Instance Fleets or Uniform Instance Groups</a> in the <em>Amazon EMR Management
   * Guide</em> .
   *
   * <p>Property type {@code AWS::EMR::Cluster.InstanceGroupConfig}.
   */
  public static final class InstanceGroupConfig extends Struct<InstanceGroupConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::Cluster.InstanceGroupConfig")
        .required("InstanceCount", "InstanceType")
        .build();

    public InstanceGroupConfig() {
      super(SCHEMA);
    }

    /**
     * <code>AutoScalingPolicy</code> is a subproperty of the <a
     * href="https://docs.aws.amazon.com//AWSCloudFormation/latest/UserGuide/aws-properties-emr-cluster-jobflowinstancesconfig-instancegroupconfig.html">InstanceGroupConfig</a>
     * property type that specifies the constraints and rules of an automatic scaling policy in
     * Amazon EMR . The automatic scaling policy defines how an instance group dynamically adds and
     * terminates EC2 instances in response to the value of a CloudWatch metric. Only core and task
     * instance groups can use automatic scaling policies. For more information, see <a
     * href="https://docs.aws.amazon.com//emr/latest/ManagementGuide/emr-automatic-scaling.html">Using
     * Automatic Scaling in Amazon EMR</a> .
     *
     * <p>CloudFormation property {@code AutoScalingPolicy}.
     */
    public InstanceGroupConfig autoScalingPolicy(Value<AutoScalingPolicy> value) {
      return set("AutoScalingPolicy", value);
    }

    /**
     * If specified, indicates that the instance group uses Spot Instances. This is the maximum
     * price you are willing to pay for Spot Instances. Specify <code>OnDemandPrice</code> to set
     * the amount equal to the On-Demand price, or specify an amount in USD.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code BidPrice}.
     */
    public InstanceGroupConfig bidPrice(String value) {
      return set("BidPrice", Value.of(value));
    }

    /** Sets {@code BidPrice} to this value; see {@link #bidPrice(String)}. */
    public InstanceGroupConfig bidPrice(Value<String> value) {
      return set("BidPrice", value);
    }

    /**
     * Amazon EMR releases 4.x or later.
     *
     * <p>The list of configurations supplied for an Amazon EMR cluster instance group. You can
     * specify a separate configuration for each instance group (master, core, and task).
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Configurations}.
     */
    public InstanceGroupConfig configurations(List<Configuration> value) {
      return set("Configurations", Value.listOf(value));
    }

    /** Sets {@code Configurations} to this value; see {@link #configurations(List)}. */
    public InstanceGroupConfig configurations(Value<List<Configuration>> value) {
      return set("Configurations", value);
    }

    /** Sets {@code Configurations} to a list of these; see {@link #configurations(List)}. */
    public InstanceGroupConfig configurations(Configuration... values) {
      return set("Configurations", Value.list(values));
    }

    /**
     * The custom AMI ID to use for the provisioned instance group.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code CustomAmiId}.
     */
    public InstanceGroupConfig customAmiId(String value) {
      return set("CustomAmiId", Value.of(value));
    }

    /** Sets {@code CustomAmiId} to this value; see {@link #customAmiId(String)}. */
    public InstanceGroupConfig customAmiId(Value<String> value) {
      return set("CustomAmiId", value);
    }

    /**
     * EBS configurations that will be attached to each Amazon EC2 instance in the instance group.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code EbsConfiguration}.
     */
    public InstanceGroupConfig ebsConfiguration(Value<EbsConfiguration> value) {
      return set("EbsConfiguration", value);
    }

    /**
     * Target number of instances for the instance group.
     *
     * <p>Required. CloudFormation property {@code InstanceCount}.
     */
    public InstanceGroupConfig instanceCount(int value) {
      return set("InstanceCount", Value.of(value));
    }

    /** Sets {@code InstanceCount} to this value; see {@link #instanceCount(int)}. */
    public InstanceGroupConfig instanceCount(Value<Integer> value) {
      return set("InstanceCount", value);
    }

    /**
     * The Amazon EC2 instance type for all instances in the instance group.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code InstanceType}.
     */
    public InstanceGroupConfig instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public InstanceGroupConfig instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /**
     * Market type of the Amazon EC2 instances used to create a cluster node.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Market}.
     */
    public InstanceGroupConfig market(String value) {
      return set("Market", Value.of(value));
    }

    /** Sets {@code Market} to this value; see {@link #market(String)}. */
    public InstanceGroupConfig market(Value<String> value) {
      return set("Market", value);
    }

    /**
     * Friendly name given to the instance group.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
     */
    public InstanceGroupConfig name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public InstanceGroupConfig name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * The instance fleet configuration is available only in Amazon EMR versions 4.8.0 and later,
   * excluding 5.0.x versions.
   *
   * <p><code>InstanceTypeConfig</code> is a sub-property of <code>InstanceFleetConfig</code> .
   * <code>InstanceTypeConfig</code> determines the EC2 instances that Amazon EMR attempts to
   * provision to fulfill On-Demand and Spot target capacities.
   *
   * <p>Property type {@code AWS::EMR::Cluster.InstanceTypeConfig}.
   */
  public static final class InstanceTypeConfig extends Struct<InstanceTypeConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::Cluster.InstanceTypeConfig")
        .required("InstanceType")
        .build();

    public InstanceTypeConfig() {
      super(SCHEMA);
    }

    /**
     * The bid price for each Amazon EC2 Spot Instance type as defined by <code>InstanceType</code>
     * . Expressed in USD. If neither <code>BidPrice</code> nor
     * <code>BidPriceAsPercentageOfOnDemandPrice</code> is provided,
     * <code>BidPriceAsPercentageOfOnDemandPrice</code> defaults to 100%.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code BidPrice}.
     */
    public InstanceTypeConfig bidPrice(String value) {
      return set("BidPrice", Value.of(value));
    }

    /** Sets {@code BidPrice} to this value; see {@link #bidPrice(String)}. */
    public InstanceTypeConfig bidPrice(Value<String> value) {
      return set("BidPrice", value);
    }

    /**
     * The bid price, as a percentage of On-Demand price, for each Amazon EC2 Spot Instance as
     * defined by <code>InstanceType</code> . Expressed as a number (for example, 20 specifies 20%).
     * If neither <code>BidPrice</code> nor <code>BidPriceAsPercentageOfOnDemandPrice</code> is
     * provided, <code>BidPriceAsPercentageOfOnDemandPrice</code> defaults to 100%.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * BidPriceAsPercentageOfOnDemandPrice}.
     */
    public InstanceTypeConfig bidPriceAsPercentageOfOnDemandPrice(double value) {
      return set("BidPriceAsPercentageOfOnDemandPrice", Value.of(value));
    }

    /**
     * Sets {@code BidPriceAsPercentageOfOnDemandPrice} to this value; see {@link
     * #bidPriceAsPercentageOfOnDemandPrice(double)}.
     */
    public InstanceTypeConfig bidPriceAsPercentageOfOnDemandPrice(Value<Double> value) {
      return set("BidPriceAsPercentageOfOnDemandPrice", value);
    }

    /**
     * A configuration classification that applies when provisioning cluster instances, which can
     * include configurations for applications and software that run on the cluster.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Configurations}.
     */
    public InstanceTypeConfig configurations(List<Configuration> value) {
      return set("Configurations", Value.listOf(value));
    }

    /** Sets {@code Configurations} to this value; see {@link #configurations(List)}. */
    public InstanceTypeConfig configurations(Value<List<Configuration>> value) {
      return set("Configurations", value);
    }

    /** Sets {@code Configurations} to a list of these; see {@link #configurations(List)}. */
    public InstanceTypeConfig configurations(Configuration... values) {
      return set("Configurations", Value.list(values));
    }

    /**
     * The custom AMI ID to use for the instance type.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code CustomAmiId}.
     */
    public InstanceTypeConfig customAmiId(String value) {
      return set("CustomAmiId", Value.of(value));
    }

    /** Sets {@code CustomAmiId} to this value; see {@link #customAmiId(String)}. */
    public InstanceTypeConfig customAmiId(Value<String> value) {
      return set("CustomAmiId", value);
    }

    /**
     * The configuration of Amazon Elastic Block Store (Amazon EBS) attached to each instance as
     * defined by <code>InstanceType</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code EbsConfiguration}.
     */
    public InstanceTypeConfig ebsConfiguration(Value<EbsConfiguration> value) {
      return set("EbsConfiguration", value);
    }

    /**
     * An Amazon EC2 instance type, such as <code>m3.xlarge</code> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code InstanceType}.
     */
    public InstanceTypeConfig instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public InstanceTypeConfig instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /**
     * The priority at which Amazon EMR launches the Amazon EC2 instances with this instance type.
     * Priority starts at 0, which is the highest priority. Amazon EMR considers the highest
     * priority first.
     *
     * <p>CloudFormation property {@code Priority}.
     */
    public InstanceTypeConfig priority(double value) {
      return set("Priority", Value.of(value));
    }

    /** Sets {@code Priority} to this value; see {@link #priority(double)}. */
    public InstanceTypeConfig priority(Value<Double> value) {
      return set("Priority", value);
    }

    /**
     * The number of units that a provisioned instance of this type provides toward fulfilling the
     * target capacities defined in <code>InstanceFleetConfig</code> . This value is 1 for a master
     * instance fleet, and must be 1 or greater for core and task instance fleets. Defaults to 1 if
     * not specified.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code WeightedCapacity}.
     */
    public InstanceTypeConfig weightedCapacity(int value) {
      return set("WeightedCapacity", Value.of(value));
    }

    /** Sets {@code WeightedCapacity} to this value; see {@link #weightedCapacity(int)}. */
    public InstanceTypeConfig weightedCapacity(Value<Integer> value) {
      return set("WeightedCapacity", value);
    }
  }

  /**
   * <code>JobFlowInstancesConfig</code> is a property of the <code>AWS::EMR::Cluster</code>
   * resource. <code>JobFlowInstancesConfig</code> defines the instance groups or instance fleets
   * that comprise the cluster. <code>JobFlowInstancesConfig</code> must contain either
   * <code>InstanceFleetConfig</code> or <code>InstanceGroupConfig</code> . They cannot be used
   * together.
   *
   * <p>You can now define task instance groups or task instance fleets using the
   * <code>TaskInstanceGroups</code> and <code>TaskInstanceFleets</code> subproperties. Using these
   * subproperties reduces delays in provisioning task nodes compared to specifying task nodes with
   * the <code>InstanceFleetConfig</code> and <code>InstanceGroupConfig</code> resources.
   *
   * <p>Property type {@code AWS::EMR::Cluster.JobFlowInstancesConfig}.
   */
  public static final class JobFlowInstancesConfig extends Struct<JobFlowInstancesConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::EMR::Cluster.JobFlowInstancesConfig");

    public JobFlowInstancesConfig() {
      super(SCHEMA);
    }

    /**
     * A list of additional Amazon EC2 security group IDs for the master node.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * AdditionalMasterSecurityGroups}.
     */
    public JobFlowInstancesConfig additionalMasterSecurityGroups(List<String> value) {
      return set("AdditionalMasterSecurityGroups", Value.listOf(value));
    }

    /**
     * Sets {@code AdditionalMasterSecurityGroups} to this value; see {@link
     * #additionalMasterSecurityGroups(List)}.
     */
    public JobFlowInstancesConfig additionalMasterSecurityGroups(Value<List<String>> value) {
      return set("AdditionalMasterSecurityGroups", value);
    }

    /**
     * A list of additional Amazon EC2 security group IDs for the core and task nodes.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * AdditionalSlaveSecurityGroups}.
     */
    public JobFlowInstancesConfig additionalSlaveSecurityGroups(List<String> value) {
      return set("AdditionalSlaveSecurityGroups", Value.listOf(value));
    }

    /**
     * Sets {@code AdditionalSlaveSecurityGroups} to this value; see {@link
     * #additionalSlaveSecurityGroups(List)}.
     */
    public JobFlowInstancesConfig additionalSlaveSecurityGroups(Value<List<String>> value) {
      return set("AdditionalSlaveSecurityGroups", value);
    }

    /**
     * Describes the EC2 instances and instance configurations for the core instance fleet when
     * using clusters with the instance fleet configuration.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code CoreInstanceFleet}.
     */
    public JobFlowInstancesConfig coreInstanceFleet(Value<InstanceFleetConfig> value) {
      return set("CoreInstanceFleet", value);
    }

    /**
     * Describes the EC2 instances and instance configurations for core instance groups when using
     * clusters with the uniform instance group configuration.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code CoreInstanceGroup}.
     */
    public JobFlowInstancesConfig coreInstanceGroup(Value<InstanceGroupConfig> value) {
      return set("CoreInstanceGroup", value);
    }

    /**
     * The name of the Amazon EC2 key pair that can be used to connect to the master node using SSH
     * as the user called "hadoop."
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Ec2KeyName}.
     */
    public JobFlowInstancesConfig ec2KeyName(String value) {
      return set("Ec2KeyName", Value.of(value));
    }

    /** Sets {@code Ec2KeyName} to this value; see {@link #ec2KeyName(String)}. */
    public JobFlowInstancesConfig ec2KeyName(Value<String> value) {
      return set("Ec2KeyName", value);
    }

    /**
     * Applies to clusters that use the uniform instance group configuration. To launch the cluster
     * in Amazon Virtual Private Cloud (Amazon VPC), set this parameter to the identifier of the
     * Amazon VPC subnet where you want the cluster to launch. If you do not specify this value and
     * your account supports EC2-Classic, the cluster launches in EC2-Classic.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Ec2SubnetId}.
     */
    public JobFlowInstancesConfig ec2SubnetId(String value) {
      return set("Ec2SubnetId", Value.of(value));
    }

    /** Sets {@code Ec2SubnetId} to this value; see {@link #ec2SubnetId(String)}. */
    public JobFlowInstancesConfig ec2SubnetId(Value<String> value) {
      return set("Ec2SubnetId", value);
    }

    /**
     * Applies to clusters that use the instance fleet configuration. When multiple Amazon EC2
     * subnet IDs are specified, Amazon EMR evaluates them and launches instances in the optimal
     * subnet.
     *
     * <p>The instance fleet configuration is available only in Amazon EMR releases 4.8.0 and later,
     * excluding 5.0.x versions.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Ec2SubnetIds}.
     */
    public JobFlowInstancesConfig ec2SubnetIds(List<String> value) {
      return set("Ec2SubnetIds", Value.listOf(value));
    }

    /** Sets {@code Ec2SubnetIds} to this value; see {@link #ec2SubnetIds(List)}. */
    public JobFlowInstancesConfig ec2SubnetIds(Value<List<String>> value) {
      return set("Ec2SubnetIds", value);
    }

    /**
     * The identifier of the Amazon EC2 security group for the master node. If you specify
     * <code>EmrManagedMasterSecurityGroup</code> , you must also specify
     * <code>EmrManagedSlaveSecurityGroup</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * EmrManagedMasterSecurityGroup}.
     */
    public JobFlowInstancesConfig emrManagedMasterSecurityGroup(String value) {
      return set("EmrManagedMasterSecurityGroup", Value.of(value));
    }

    /**
     * Sets {@code EmrManagedMasterSecurityGroup} to this value; see {@link
     * #emrManagedMasterSecurityGroup(String)}.
     */
    public JobFlowInstancesConfig emrManagedMasterSecurityGroup(Value<String> value) {
      return set("EmrManagedMasterSecurityGroup", value);
    }

    /**
     * The identifier of the Amazon EC2 security group for the core and task nodes. If you specify
     * <code>EmrManagedSlaveSecurityGroup</code> , you must also specify
     * <code>EmrManagedMasterSecurityGroup</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * EmrManagedSlaveSecurityGroup}.
     */
    public JobFlowInstancesConfig emrManagedSlaveSecurityGroup(String value) {
      return set("EmrManagedSlaveSecurityGroup", Value.of(value));
    }

    /**
     * Sets {@code EmrManagedSlaveSecurityGroup} to this value; see {@link
     * #emrManagedSlaveSecurityGroup(String)}.
     */
    public JobFlowInstancesConfig emrManagedSlaveSecurityGroup(Value<String> value) {
      return set("EmrManagedSlaveSecurityGroup", value);
    }

    /**
     * Applies only to Amazon EMR release versions earlier than 4.0. The Hadoop version for the
     * cluster. Valid inputs are "0.18" (no longer maintained), "0.20" (no longer maintained),
     * "0.20.205" (no longer maintained), "1.0.3", "2.2.0", or "2.4.0". If you do not set this
     * value, the default of 0.18 is used, unless the <code>AmiVersion</code> parameter is set in
     * the RunJobFlow call, in which case the default version of Hadoop for that AMI version is
     * used.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code HadoopVersion}.
     */
    public JobFlowInstancesConfig hadoopVersion(String value) {
      return set("HadoopVersion", Value.of(value));
    }

    /** Sets {@code HadoopVersion} to this value; see {@link #hadoopVersion(String)}. */
    public JobFlowInstancesConfig hadoopVersion(Value<String> value) {
      return set("HadoopVersion", value);
    }

    /**
     * Specifies whether the cluster should remain available after completing all steps. Defaults to
     * <code>false</code> . For more information about configuring cluster termination, see <a
     * href="https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-termination.html">Control
     * Cluster Termination</a> in the <em>EMR Management Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * KeepJobFlowAliveWhenNoSteps}.
     */
    public JobFlowInstancesConfig keepJobFlowAliveWhenNoSteps(boolean value) {
      return set("KeepJobFlowAliveWhenNoSteps", Value.of(value));
    }

    /**
     * Sets {@code KeepJobFlowAliveWhenNoSteps} to this value; see {@link
     * #keepJobFlowAliveWhenNoSteps(boolean)}.
     */
    public JobFlowInstancesConfig keepJobFlowAliveWhenNoSteps(Value<Boolean> value) {
      return set("KeepJobFlowAliveWhenNoSteps", value);
    }

    /**
     * Describes the EC2 instances and instance configurations for the master instance fleet when
     * using clusters with the instance fleet configuration.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MasterInstanceFleet}.
     */
    public JobFlowInstancesConfig masterInstanceFleet(Value<InstanceFleetConfig> value) {
      return set("MasterInstanceFleet", value);
    }

    /**
     * Describes the EC2 instances and instance configurations for the master instance group when
     * using clusters with the uniform instance group configuration.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MasterInstanceGroup}.
     */
    public JobFlowInstancesConfig masterInstanceGroup(Value<InstanceGroupConfig> value) {
      return set("MasterInstanceGroup", value);
    }

    /**
     * The Availability Zone in which the cluster runs.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Placement}.
     */
    public JobFlowInstancesConfig placement(Value<PlacementType> value) {
      return set("Placement", value);
    }

    /**
     * The identifier of the Amazon EC2 security group for the Amazon EMR service to access clusters
     * in VPC private subnets.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * ServiceAccessSecurityGroup}.
     */
    public JobFlowInstancesConfig serviceAccessSecurityGroup(String value) {
      return set("ServiceAccessSecurityGroup", Value.of(value));
    }

    /**
     * Sets {@code ServiceAccessSecurityGroup} to this value; see {@link
     * #serviceAccessSecurityGroup(String)}.
     */
    public JobFlowInstancesConfig serviceAccessSecurityGroup(Value<String> value) {
      return set("ServiceAccessSecurityGroup", value);
    }

    /**
     * Describes the EC2 instances and instance configurations for the task instance fleets when
     * using clusters with the instance fleet configuration. These task instance fleets are added to
     * the cluster as part of the cluster launch. Each task instance fleet must have a unique name
     * specified so that CloudFormation can differentiate between the task instance fleets.
     *
     * <p>You can currently specify only one task instance fleet for a cluster. After creating the
     * cluster, you can only modify the mutable properties of <code>InstanceFleetConfig</code> ,
     * which are <code>TargetOnDemandCapacity</code> and <code>TargetSpotCapacity</code> . Modifying
     * any other property results in cluster replacement. &gt; To allow a maximum of 30 Amazon EC2
     * instance types per fleet, include <code>TaskInstanceFleets</code> when you create your
     * cluster. If you create your cluster without <code>TaskInstanceFleets</code> , Amazon EMR uses
     * its default allocation strategy, which allows for a maximum of five Amazon EC2 instance
     * types.
     *
     * <p>Changing it may replace the resource. CloudFormation property {@code TaskInstanceFleets}.
     */
    public JobFlowInstancesConfig taskInstanceFleets(List<InstanceFleetConfig> value) {
      return set("TaskInstanceFleets", Value.listOf(value));
    }

    /** Sets {@code TaskInstanceFleets} to this value; see {@link #taskInstanceFleets(List)}. */
    public JobFlowInstancesConfig taskInstanceFleets(Value<List<InstanceFleetConfig>> value) {
      return set("TaskInstanceFleets", value);
    }

    /**
     * Sets {@code TaskInstanceFleets} to a list of these; see {@link #taskInstanceFleets(List)}.
     */
    public JobFlowInstancesConfig taskInstanceFleets(InstanceFleetConfig... values) {
      return set("TaskInstanceFleets", Value.list(values));
    }

    /**
     * Describes the EC2 instances and instance configurations for task instance groups when using
     * clusters with the uniform instance group configuration. These task instance groups are added
     * to the cluster as part of the cluster launch. Each task instance group must have a unique
     * name specified so that CloudFormation can differentiate between the task instance groups.
     *
     * <p>After creating the cluster, you can only modify the mutable properties of
     * <code>InstanceGroupConfig</code> , which are <code>AutoScalingPolicy</code> and
     * <code>InstanceCount</code> . Modifying any other property results in cluster replacement.
     *
     * <p>Changing it may replace the resource. CloudFormation property {@code TaskInstanceGroups}.
     */
    public JobFlowInstancesConfig taskInstanceGroups(List<InstanceGroupConfig> value) {
      return set("TaskInstanceGroups", Value.listOf(value));
    }

    /** Sets {@code TaskInstanceGroups} to this value; see {@link #taskInstanceGroups(List)}. */
    public JobFlowInstancesConfig taskInstanceGroups(Value<List<InstanceGroupConfig>> value) {
      return set("TaskInstanceGroups", value);
    }

    /**
     * Sets {@code TaskInstanceGroups} to a list of these; see {@link #taskInstanceGroups(List)}.
     */
    public JobFlowInstancesConfig taskInstanceGroups(InstanceGroupConfig... values) {
      return set("TaskInstanceGroups", Value.list(values));
    }

    /**
     * Specifies whether to lock the cluster to prevent the Amazon EC2 instances from being
     * terminated by API call, user intervention, or in the event of a job-flow error.
     *
     * <p>CloudFormation property {@code TerminationProtected}.
     */
    public JobFlowInstancesConfig terminationProtected(boolean value) {
      return set("TerminationProtected", Value.of(value));
    }

    /**
     * Sets {@code TerminationProtected} to this value; see {@link #terminationProtected(boolean)}.
     */
    public JobFlowInstancesConfig terminationProtected(Value<Boolean> value) {
      return set("TerminationProtected", value);
    }

    /**
     * Indicates whether Amazon EMR should gracefully replace core nodes that have degraded within
     * the cluster.
     *
     * <p>CloudFormation property {@code UnhealthyNodeReplacement}.
     */
    public JobFlowInstancesConfig unhealthyNodeReplacement(boolean value) {
      return set("UnhealthyNodeReplacement", Value.of(value));
    }

    /**
     * Sets {@code UnhealthyNodeReplacement} to this value; see {@link
     * #unhealthyNodeReplacement(boolean)}.
     */
    public JobFlowInstancesConfig unhealthyNodeReplacement(Value<Boolean> value) {
      return set("UnhealthyNodeReplacement", value);
    }
  }

  /**
   * <code>KerberosAttributes</code> is a property of the <code>AWS::EMR::Cluster</code> resource.
   * <code>KerberosAttributes</code> define the cluster-specific Kerberos configuration when
   * Kerberos authentication is enabled using a security configuration. The cluster-specific
   * configuration must be compatible with the security configuration. For more information see <a
   * href="https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-kerberos.html">Use Kerberos
   * Authentication</a> in the <em>EMR Management Guide</em> .
   *
   * <p>Property type {@code AWS::EMR::Cluster.KerberosAttributes}.
   */
  public static final class KerberosAttributes extends Struct<KerberosAttributes> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::Cluster.KerberosAttributes")
        .required("KdcAdminPassword", "Realm")
        .build();

    public KerberosAttributes() {
      super(SCHEMA);
    }

    /**
     * The Active Directory password for <code>ADDomainJoinUser</code> .
     *
     * <p>CloudFormation property {@code ADDomainJoinPassword}.
     */
    public KerberosAttributes adDomainJoinPassword(String value) {
      return set("ADDomainJoinPassword", Value.of(value));
    }

    /**
     * Sets {@code ADDomainJoinPassword} to this value; see {@link #adDomainJoinPassword(String)}.
     */
    public KerberosAttributes adDomainJoinPassword(Value<String> value) {
      return set("ADDomainJoinPassword", value);
    }

    /**
     * Required only when establishing a cross-realm trust with an Active Directory domain. A user
     * with sufficient privileges to join resources to the domain.
     *
     * <p>CloudFormation property {@code ADDomainJoinUser}.
     */
    public KerberosAttributes adDomainJoinUser(String value) {
      return set("ADDomainJoinUser", Value.of(value));
    }

    /** Sets {@code ADDomainJoinUser} to this value; see {@link #adDomainJoinUser(String)}. */
    public KerberosAttributes adDomainJoinUser(Value<String> value) {
      return set("ADDomainJoinUser", value);
    }

    /**
     * Required only when establishing a cross-realm trust with a KDC in a different realm. The
     * cross-realm principal password, which must be identical across realms.
     *
     * <p>CloudFormation property {@code CrossRealmTrustPrincipalPassword}.
     */
    public KerberosAttributes crossRealmTrustPrincipalPassword(String value) {
      return set("CrossRealmTrustPrincipalPassword", Value.of(value));
    }

    /**
     * Sets {@code CrossRealmTrustPrincipalPassword} to this value; see {@link
     * #crossRealmTrustPrincipalPassword(String)}.
     */
    public KerberosAttributes crossRealmTrustPrincipalPassword(Value<String> value) {
      return set("CrossRealmTrustPrincipalPassword", value);
    }

    /**
     * The password used within the cluster for the kadmin service on the cluster-dedicated KDC,
     * which maintains Kerberos principals, password policies, and keytabs for the cluster.
     *
     * <p>Required. CloudFormation property {@code KdcAdminPassword}.
     */
    public KerberosAttributes kdcAdminPassword(String value) {
      return set("KdcAdminPassword", Value.of(value));
    }

    /** Sets {@code KdcAdminPassword} to this value; see {@link #kdcAdminPassword(String)}. */
    public KerberosAttributes kdcAdminPassword(Value<String> value) {
      return set("KdcAdminPassword", value);
    }

    /**
     * The name of the Kerberos realm to which all nodes in a cluster belong. For example,
     * <code>EC2.INTERNAL</code> .
     *
     * <p>Required. CloudFormation property {@code Realm}.
     */
    public KerberosAttributes realm(String value) {
      return set("Realm", Value.of(value));
    }

    /** Sets {@code Realm} to this value; see {@link #realm(String)}. */
    public KerberosAttributes realm(Value<String> value) {
      return set("Realm", value);
    }
  }

  /**
   * <code>KeyValue</code> is a subproperty of the <code>HadoopJarStepConfig</code> property type.
   * <code>KeyValue</code> is used to pass parameters to a step.
   *
   * <p>Property type {@code AWS::EMR::Cluster.KeyValue}.
   */
  public static final class KeyValue extends Struct<KeyValue> {
    private static final Schema SCHEMA = Schema.of("AWS::EMR::Cluster.KeyValue");

    public KeyValue() {
      super(SCHEMA);
    }

    /**
     * The unique identifier of a key-value pair.
     *
     * <p>CloudFormation property {@code Key}.
     */
    public KeyValue key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public KeyValue key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value part of the identified key.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public KeyValue value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public KeyValue value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Managed scaling policy for an Amazon EMR cluster. The policy specifies the limits for resources
   * that can be added or terminated from a cluster. The policy only applies to the core and task
   * nodes. The master node cannot be scaled after initial configuration.
   *
   * <p>Property type {@code AWS::EMR::Cluster.ManagedScalingPolicy}.
   */
  public static final class ManagedScalingPolicy extends Struct<ManagedScalingPolicy> {
    private static final Schema SCHEMA = Schema.of("AWS::EMR::Cluster.ManagedScalingPolicy");

    public ManagedScalingPolicy() {
      super(SCHEMA);
    }

    /**
     * The Amazon EC2 unit limits for a managed scaling policy. The managed scaling activity of a
     * cluster is not allowed to go above or below these limits. The limit only applies to the core
     * and task nodes. The master node cannot be scaled after initial configuration.
     *
     * <p>CloudFormation property {@code ComputeLimits}.
     */
    public ManagedScalingPolicy computeLimits(Value<ComputeLimits> value) {
      return set("ComputeLimits", value);
    }

    /**
     * Determines whether a custom scaling utilization performance index can be set. Possible values
     * include <em>ADVANCED</em> or <em>DEFAULT</em> .
     *
     * <p>CloudFormation property {@code ScalingStrategy}.
     */
    public ManagedScalingPolicy scalingStrategy(String value) {
      return set("ScalingStrategy", Value.of(value));
    }

    /** Sets {@code ScalingStrategy} to this value; see {@link #scalingStrategy(String)}. */
    public ManagedScalingPolicy scalingStrategy(Value<String> value) {
      return set("ScalingStrategy", value);
    }

    /**
     * An integer value that represents an advanced scaling strategy. Setting a higher value
     * optimizes for performance. Setting a lower value optimizes for resource conservation. Setting
     * the value to 50 balances performance and resource conservation. Possible values are 1, 25,
     * 50, 75, and 100.
     *
     * <p>CloudFormation property {@code UtilizationPerformanceIndex}.
     */
    public ManagedScalingPolicy utilizationPerformanceIndex(int value) {
      return set("UtilizationPerformanceIndex", Value.of(value));
    }

    /**
     * Sets {@code UtilizationPerformanceIndex} to this value; see {@link
     * #utilizationPerformanceIndex(int)}.
     */
    public ManagedScalingPolicy utilizationPerformanceIndex(Value<Integer> value) {
      return set("UtilizationPerformanceIndex", value);
    }
  }

  /**
   * <code>MetricDimension</code> is a subproperty of the <code>CloudWatchAlarmDefinition</code>
   * property type. <code>MetricDimension</code> specifies a CloudWatch dimension, which is
   * specified with a <code>Key</code> <code>Value</code> pair. The key is known as a
   * <code>Name</code> in CloudWatch. By default, Amazon EMR uses one dimension whose
   * <code>Key</code> is <code>JobFlowID</code> and <code>Value</code> is a variable representing
   * the cluster ID, which is <code>${emr.clusterId}</code> . This enables the automatic scaling
   * rule for EMR to bootstrap when the cluster ID becomes available during cluster creation.
   *
   * <p>Property type {@code AWS::EMR::Cluster.MetricDimension}.
   */
  public static final class MetricDimension extends Struct<MetricDimension> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::Cluster.MetricDimension")
        .required("Key", "Value")
        .build();

    public MetricDimension() {
      super(SCHEMA);
    }

    /**
     * The dimension name.
     *
     * <p>Required. CloudFormation property {@code Key}.
     */
    public MetricDimension key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public MetricDimension key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The dimension value.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public MetricDimension value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public MetricDimension value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Describes the strategy for using unused Capacity Reservations for fulfilling On-Demand
   * capacity.
   *
   * <p>Property type {@code AWS::EMR::Cluster.OnDemandCapacityReservationOptions}.
   */
  public static final class OnDemandCapacityReservationOptions extends Struct<OnDemandCapacityReservationOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::EMR::Cluster.OnDemandCapacityReservationOptions");

    public OnDemandCapacityReservationOptions() {
      super(SCHEMA);
    }

    /**
     * Indicates the instance's Capacity Reservation preferences. Possible preferences include:
     *
     * <ul> <li><code>open</code> - The instance can run in any open Capacity Reservation that has
     * matching attributes (instance type, platform, Availability Zone). <li><code>none</code> - The
     * instance avoids running in a Capacity Reservation even if one is available. The instance runs
     * as an On-Demand Instance. </ul>
     *
     * <p>CloudFormation property {@code CapacityReservationPreference}.
     */
    public OnDemandCapacityReservationOptions capacityReservationPreference(String value) {
      return set("CapacityReservationPreference", Value.of(value));
    }

    /**
     * Sets {@code CapacityReservationPreference} to this value; see {@link
     * #capacityReservationPreference(String)}.
     */
    public OnDemandCapacityReservationOptions capacityReservationPreference(Value<String> value) {
      return set("CapacityReservationPreference", value);
    }

    /**
     * The ARN of the Capacity Reservation resource group in which to run the instance.
     *
     * <p>CloudFormation property {@code CapacityReservationResourceGroupArn}.
     */
    public OnDemandCapacityReservationOptions capacityReservationResourceGroupArn(String value) {
      return set("CapacityReservationResourceGroupArn", Value.of(value));
    }

    /**
     * Sets {@code CapacityReservationResourceGroupArn} to this value; see {@link
     * #capacityReservationResourceGroupArn(String)}.
     */
    public OnDemandCapacityReservationOptions capacityReservationResourceGroupArn(Value<String> value) {
      return set("CapacityReservationResourceGroupArn", value);
    }

    /**
     * Indicates whether to use unused Capacity Reservations for fulfilling On-Demand capacity.
     *
     * <p>If you specify <code>use-capacity-reservations-first</code> , the fleet uses unused
     * Capacity Reservations to fulfill On-Demand capacity up to the target On-Demand capacity. If
     * multiple instance pools have unused Capacity Reservations, the On-Demand allocation strategy
     * ( <code>lowest-price</code> ) is applied. If the number of unused Capacity Reservations is
     * less than the On-Demand target capacity, the remaining On-Demand target capacity is launched
     * according to the On-Demand allocation strategy ( <code>lowest-price</code> ).
     *
     * <p>If you do not specify a value, the fleet fulfills the On-Demand capacity according to the
     * chosen On-Demand allocation strategy.
     *
     * <p>CloudFormation property {@code UsageStrategy}.
     */
    public OnDemandCapacityReservationOptions usageStrategy(String value) {
      return set("UsageStrategy", Value.of(value));
    }

    /** Sets {@code UsageStrategy} to this value; see {@link #usageStrategy(String)}. */
    public OnDemandCapacityReservationOptions usageStrategy(Value<String> value) {
      return set("UsageStrategy", value);
    }
  }

  /**
   * The launch specification for On-Demand Instances in the instance fleet, which determines the
   * allocation strategy.
   *
   * <p>The instance fleet configuration is available only in Amazon EMR releases 4.8.0 and later,
   * excluding 5.0.x versions. On-Demand Instances allocation strategy is available in Amazon EMR
   * releases 5.12.1 and later.
   *
   * <p>Property type {@code AWS::EMR::Cluster.OnDemandProvisioningSpecification}.
   */
  public static final class OnDemandProvisioningSpecification extends Struct<OnDemandProvisioningSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::Cluster.OnDemandProvisioningSpecification")
        .required("AllocationStrategy")
        .build();

    public OnDemandProvisioningSpecification() {
      super(SCHEMA);
    }

    /**
     * Specifies the strategy to use in launching On-Demand instance fleets. Available options are
     * <code>lowest-price</code> and <code>prioritized</code> . <code>lowest-price</code> specifies
     * to launch the instances with the lowest price first, and <code>prioritized</code> specifies
     * that Amazon EMR should launch the instances with the highest priority first. The default is
     * <code>lowest-price</code> .
     *
     * <p>Required. CloudFormation property {@code AllocationStrategy}.
     */
    public OnDemandProvisioningSpecification allocationStrategy(String value) {
      return set("AllocationStrategy", Value.of(value));
    }

    /** Sets {@code AllocationStrategy} to this value; see {@link #allocationStrategy(String)}. */
    public OnDemandProvisioningSpecification allocationStrategy(Value<String> value) {
      return set("AllocationStrategy", value);
    }

    /**
     * The launch specification for On-Demand instances in the instance fleet, which determines the
     * allocation strategy.
     *
     * <p>CloudFormation property {@code CapacityReservationOptions}.
     */
    public OnDemandProvisioningSpecification capacityReservationOptions(Value<OnDemandCapacityReservationOptions> value) {
      return set("CapacityReservationOptions", value);
    }
  }

  /**
   * The resize specification for On-Demand Instances in the instance fleet, which contains the
   * resize timeout period.
   *
   * <p>Property type {@code AWS::EMR::Cluster.OnDemandResizingSpecification}.
   */
  public static final class OnDemandResizingSpecification extends Struct<OnDemandResizingSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::EMR::Cluster.OnDemandResizingSpecification");

    public OnDemandResizingSpecification() {
      super(SCHEMA);
    }

    /**
     * Specifies the allocation strategy to use to launch On-Demand instances during a resize. The
     * default is <code>lowest-price</code> .
     *
     * <p>CloudFormation property {@code AllocationStrategy}.
     */
    public OnDemandResizingSpecification allocationStrategy(String value) {
      return set("AllocationStrategy", Value.of(value));
    }

    /** Sets {@code AllocationStrategy} to this value; see {@link #allocationStrategy(String)}. */
    public OnDemandResizingSpecification allocationStrategy(Value<String> value) {
      return set("AllocationStrategy", value);
    }

    /** CloudFormation property {@code CapacityReservationOptions}. */
    public OnDemandResizingSpecification capacityReservationOptions(Value<OnDemandCapacityReservationOptions> value) {
      return set("CapacityReservationOptions", value);
    }

    /**
     * On-Demand resize timeout in minutes. If On-Demand Instances are not provisioned within this
     * time, the resize workflow stops. The minimum value is 5 minutes, and the maximum value is
     * 10,080 minutes (7 days). The timeout applies to all resize workflows on the Instance Fleet.
     * The resize could be triggered by Amazon EMR Managed Scaling or by the customer (via Amazon
     * EMR Console, Amazon EMR CLI modify-instance-fleet or Amazon EMR SDK ModifyInstanceFleet API)
     * or by Amazon EMR due to Amazon EC2 Spot Reclamation.
     *
     * <p>CloudFormation property {@code TimeoutDurationMinutes}.
     */
    public OnDemandResizingSpecification timeoutDurationMinutes(int value) {
      return set("TimeoutDurationMinutes", Value.of(value));
    }

    /**
     * Sets {@code TimeoutDurationMinutes} to this value; see {@link #timeoutDurationMinutes(int)}.
     */
    public OnDemandResizingSpecification timeoutDurationMinutes(Value<Integer> value) {
      return set("TimeoutDurationMinutes", value);
    }
  }

  /**
   * Placement group configuration for an Amazon EMR cluster. The configuration specifies the
   * placement strategy that can be applied to instance roles during cluster creation.
   *
   * <p>To use this configuration, consider attaching managed policy
   * AmazonElasticMapReducePlacementGroupPolicy to the Amazon EMR role.
   *
   * <p>Property type {@code AWS::EMR::Cluster.PlacementGroupConfig}.
   */
  public static final class PlacementGroupConfig extends Struct<PlacementGroupConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::Cluster.PlacementGroupConfig")
        .required("InstanceRole")
        .build();

    public PlacementGroupConfig() {
      super(SCHEMA);
    }

    /**
     * Role of the instance in the cluster.
     *
     * <p>Starting with Amazon EMR release 5.23.0, the only supported instance role is
     * <code>MASTER</code> .
     *
     * <p>Required. CloudFormation property {@code InstanceRole}.
     */
    public PlacementGroupConfig instanceRole(String value) {
      return set("InstanceRole", Value.of(value));
    }

    /** Sets {@code InstanceRole} to this value; see {@link #instanceRole(String)}. */
    public PlacementGroupConfig instanceRole(Value<String> value) {
      return set("InstanceRole", value);
    }

    /**
     * Amazon EC2 Placement Group strategy associated with instance role.
     *
     * <p>Starting with Amazon EMR release 5.23.0, the only supported placement strategy is
     * <code>SPREAD</code> for the <code>MASTER</code> instance role.
     *
     * <p>CloudFormation property {@code PlacementStrategy}.
     */
    public PlacementGroupConfig placementStrategy(String value) {
      return set("PlacementStrategy", Value.of(value));
    }

    /** Sets {@code PlacementStrategy} to this value; see {@link #placementStrategy(String)}. */
    public PlacementGroupConfig placementStrategy(Value<String> value) {
      return set("PlacementStrategy", value);
    }
  }

  /**
   * <code>PlacementType</code> is a property of the <code>AWS::EMR::Cluster</code> resource.
   * <code>PlacementType</code> determines the Amazon EC2 Availability Zone configuration of the
   * cluster (job flow).
   *
   * <p>Property type {@code AWS::EMR::Cluster.PlacementType}.
   */
  public static final class PlacementType extends Struct<PlacementType> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::Cluster.PlacementType")
        .required("AvailabilityZone")
        .build();

    public PlacementType() {
      super(SCHEMA);
    }

    /**
     * The Amazon EC2 Availability Zone for the cluster. <code>AvailabilityZone</code> is used for
     * uniform instance groups, while <code>AvailabilityZones</code> (plural) is used for instance
     * fleets.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * AvailabilityZone}.
     */
    public PlacementType availabilityZone(String value) {
      return set("AvailabilityZone", Value.of(value));
    }

    /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
    public PlacementType availabilityZone(Value<String> value) {
      return set("AvailabilityZone", value);
    }
  }

  /**
   * <code>ScalingAction</code> is a subproperty of the <code>ScalingRule</code> property type.
   * <code>ScalingAction</code> determines the type of adjustment the automatic scaling activity
   * makes when triggered, and the periodicity of the adjustment.
   *
   * <p>Property type {@code AWS::EMR::Cluster.ScalingAction}.
   */
  public static final class ScalingAction extends Struct<ScalingAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::Cluster.ScalingAction")
        .required("SimpleScalingPolicyConfiguration")
        .build();

    public ScalingAction() {
      super(SCHEMA);
    }

    /**
     * Not available for instance groups. Instance groups use the market type specified for the
     * group.
     *
     * <p>CloudFormation property {@code Market}.
     */
    public ScalingAction market(String value) {
      return set("Market", Value.of(value));
    }

    /** Sets {@code Market} to this value; see {@link #market(String)}. */
    public ScalingAction market(Value<String> value) {
      return set("Market", value);
    }

    /**
     * The type of adjustment the automatic scaling activity makes when triggered, and the
     * periodicity of the adjustment.
     *
     * <p>Required. CloudFormation property {@code SimpleScalingPolicyConfiguration}.
     */
    public ScalingAction simpleScalingPolicyConfiguration(Value<SimpleScalingPolicyConfiguration> value) {
      return set("SimpleScalingPolicyConfiguration", value);
    }
  }

  /**
   * <code>ScalingConstraints</code> is a subproperty of the <code>AutoScalingPolicy</code> property
   * type. <code>ScalingConstraints</code> defines the upper and lower EC2 instance limits for an
   * automatic scaling policy. Automatic scaling activities triggered by automatic scaling rules
   * will not cause an instance group to grow above or shrink below these limits.
   *
   * <p>Property type {@code AWS::EMR::Cluster.ScalingConstraints}.
   */
  public static final class ScalingConstraints extends Struct<ScalingConstraints> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::Cluster.ScalingConstraints")
        .required("MaxCapacity", "MinCapacity")
        .build();

    public ScalingConstraints() {
      super(SCHEMA);
    }

    /**
     * The upper boundary of Amazon EC2 instances in an instance group beyond which scaling
     * activities are not allowed to grow. Scale-out activities will not add instances beyond this
     * boundary.
     *
     * <p>Required. CloudFormation property {@code MaxCapacity}.
     */
    public ScalingConstraints maxCapacity(int value) {
      return set("MaxCapacity", Value.of(value));
    }

    /** Sets {@code MaxCapacity} to this value; see {@link #maxCapacity(int)}. */
    public ScalingConstraints maxCapacity(Value<Integer> value) {
      return set("MaxCapacity", value);
    }

    /**
     * The lower boundary of Amazon EC2 instances in an instance group below which scaling
     * activities are not allowed to shrink. Scale-in activities will not terminate instances below
     * this boundary.
     *
     * <p>Required. CloudFormation property {@code MinCapacity}.
     */
    public ScalingConstraints minCapacity(int value) {
      return set("MinCapacity", Value.of(value));
    }

    /** Sets {@code MinCapacity} to this value; see {@link #minCapacity(int)}. */
    public ScalingConstraints minCapacity(Value<Integer> value) {
      return set("MinCapacity", value);
    }
  }

  /**
   * <code>ScalingRule</code> is a subproperty of the <code>AutoScalingPolicy</code> property type.
   * <code>ScalingRule</code> defines the scale-in or scale-out rules for scaling activity,
   * including the CloudWatch metric alarm that triggers activity, how EC2 instances are added or
   * removed, and the periodicity of adjustments. The automatic scaling policy for an instance group
   * can comprise one or more automatic scaling rules.
   *
   * <p>Property type {@code AWS::EMR::Cluster.ScalingRule}.
   */
  public static final class ScalingRule extends Struct<ScalingRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::Cluster.ScalingRule")
        .required("Action", "Name", "Trigger")
        .build();

    public ScalingRule() {
      super(SCHEMA);
    }

    /**
     * The conditions that trigger an automatic scaling activity.
     *
     * <p>Required. CloudFormation property {@code Action}.
     */
    public ScalingRule action(Value<ScalingAction> value) {
      return set("Action", value);
    }

    /**
     * A friendly, more verbose description of the automatic scaling rule.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public ScalingRule description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public ScalingRule description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The name used to identify an automatic scaling rule. Rule names must be unique within a
     * scaling policy.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public ScalingRule name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ScalingRule name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The CloudWatch alarm definition that determines when automatic scaling activity is triggered.
     *
     * <p>Required. CloudFormation property {@code Trigger}.
     */
    public ScalingRule trigger(Value<ScalingTrigger> value) {
      return set("Trigger", value);
    }
  }

  /**
   * <code>ScalingTrigger</code> is a subproperty of the <code>ScalingRule</code> property type.
   * <code>ScalingTrigger</code> determines the conditions that trigger an automatic scaling
   * activity.
   *
   * <p>Property type {@code AWS::EMR::Cluster.ScalingTrigger}.
   */
  public static final class ScalingTrigger extends Struct<ScalingTrigger> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::Cluster.ScalingTrigger")
        .required("CloudWatchAlarmDefinition")
        .build();

    public ScalingTrigger() {
      super(SCHEMA);
    }

    /**
     * The definition of a CloudWatch metric alarm. When the defined alarm conditions are met along
     * with other trigger parameters, scaling activity begins.
     *
     * <p>Required. CloudFormation property {@code CloudWatchAlarmDefinition}.
     */
    public ScalingTrigger cloudWatchAlarmDefinition(Value<CloudWatchAlarmDefinition> value) {
      return set("CloudWatchAlarmDefinition", value);
    }
  }

  /**
   * <code>ScriptBootstrapActionConfig</code> is a subproperty of the
   * <code>BootstrapActionConfig</code> property type. <code>ScriptBootstrapActionConfig</code>
   * specifies the arguments and location of the bootstrap script for EMR to run on all cluster
   * nodes before it installs open-source big data applications on them.
   *
   * <p>Property type {@code AWS::EMR::Cluster.ScriptBootstrapActionConfig}.
   */
  public static final class ScriptBootstrapActionConfig extends Struct<ScriptBootstrapActionConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::Cluster.ScriptBootstrapActionConfig")
        .required("Path")
        .build();

    public ScriptBootstrapActionConfig() {
      super(SCHEMA);
    }

    /**
     * A list of command line arguments to pass to the bootstrap action script.
     *
     * <p>CloudFormation property {@code Args}.
     */
    public ScriptBootstrapActionConfig args(List<String> value) {
      return set("Args", Value.listOf(value));
    }

    /** Sets {@code Args} to this value; see {@link #args(List)}. */
    public ScriptBootstrapActionConfig args(Value<List<String>> value) {
      return set("Args", value);
    }

    /**
     * Location in Amazon S3 of the script to run during a bootstrap action.
     *
     * <p>Required. CloudFormation property {@code Path}.
     */
    public ScriptBootstrapActionConfig path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public ScriptBootstrapActionConfig path(Value<String> value) {
      return set("Path", value);
    }
  }

  /**
   * <code>SimpleScalingPolicyConfiguration</code> is a subproperty of the
   * <code>ScalingAction</code> property type. <code>SimpleScalingPolicyConfiguration</code>
   * determines how an automatic scaling action adds or removes instances, the cooldown period, and
   * the number of EC2 instances that are added each time the CloudWatch metric alarm condition is
   * satisfied.
   *
   * <p>Property type {@code AWS::EMR::Cluster.SimpleScalingPolicyConfiguration}.
   */
  public static final class SimpleScalingPolicyConfiguration extends Struct<SimpleScalingPolicyConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::Cluster.SimpleScalingPolicyConfiguration")
        .required("ScalingAdjustment")
        .build();

    public SimpleScalingPolicyConfiguration() {
      super(SCHEMA);
    }

    /**
     * The way in which Amazon EC2 instances are added (if <code>ScalingAdjustment</code> is a
     * positive number) or terminated (if <code>ScalingAdjustment</code> is a negative number) each
     * time the scaling activity is triggered. <code>CHANGE_IN_CAPACITY</code> is the default.
     * <code>CHANGE_IN_CAPACITY</code> indicates that the Amazon EC2 instance count increments or
     * decrements by <code>ScalingAdjustment</code> , which should be expressed as an integer.
     * <code>PERCENT_CHANGE_IN_CAPACITY</code> indicates the instance count increments or decrements
     * by the percentage specified by <code>ScalingAdjustment</code> , which should be expressed as
     * an integer. For example, 20 indicates an increase in 20% increments of cluster capacity.
     * <code>EXACT_CAPACITY</code> indicates the scaling activity results in an instance group with
     * the number of Amazon EC2 instances specified by <code>ScalingAdjustment</code> , which should
     * be expressed as a positive integer.
     *
     * <p>CloudFormation property {@code AdjustmentType}.
     */
    public SimpleScalingPolicyConfiguration adjustmentType(String value) {
      return set("AdjustmentType", Value.of(value));
    }

    /** Sets {@code AdjustmentType} to this value; see {@link #adjustmentType(String)}. */
    public SimpleScalingPolicyConfiguration adjustmentType(Value<String> value) {
      return set("AdjustmentType", value);
    }

    /**
     * The amount of time, in seconds, after a scaling activity completes before any further
     * trigger-related scaling activities can start. The default value is 0.
     *
     * <p>CloudFormation property {@code CoolDown}.
     */
    public SimpleScalingPolicyConfiguration coolDown(int value) {
      return set("CoolDown", Value.of(value));
    }

    /** Sets {@code CoolDown} to this value; see {@link #coolDown(int)}. */
    public SimpleScalingPolicyConfiguration coolDown(Value<Integer> value) {
      return set("CoolDown", value);
    }

    /**
     * The amount by which to scale in or scale out, based on the specified
     * <code>AdjustmentType</code> . A positive value adds to the instance group's Amazon EC2
     * instance count while a negative number removes instances. If <code>AdjustmentType</code> is
     * set to <code>EXACT_CAPACITY</code> , the number should only be a positive integer. If
     * <code>AdjustmentType</code> is set to <code>PERCENT_CHANGE_IN_CAPACITY</code> , the value
     * should express the percentage as an integer. For example, -20 indicates a decrease in 20%
     * increments of cluster capacity.
     *
     * <p>Required. CloudFormation property {@code ScalingAdjustment}.
     */
    public SimpleScalingPolicyConfiguration scalingAdjustment(int value) {
      return set("ScalingAdjustment", Value.of(value));
    }

    /** Sets {@code ScalingAdjustment} to this value; see {@link #scalingAdjustment(int)}. */
    public SimpleScalingPolicyConfiguration scalingAdjustment(Value<Integer> value) {
      return set("ScalingAdjustment", value);
    }
  }

  /**
   * <code>SpotProvisioningSpecification</code> is a subproperty of the
   * <code>InstanceFleetProvisioningSpecifications</code> property type.
   * <code>SpotProvisioningSpecification</code> determines the launch specification for Spot
   * instances in the instance fleet, which includes the defined duration and provisioning timeout
   * behavior.
   *
   * <p>The instance fleet configuration is available only in Amazon EMR versions 4.8.0 and later,
   * excluding 5.0.x versions.
   *
   * <p>Property type {@code AWS::EMR::Cluster.SpotProvisioningSpecification}.
   */
  public static final class SpotProvisioningSpecification extends Struct<SpotProvisioningSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::Cluster.SpotProvisioningSpecification")
        .required("TimeoutAction", "TimeoutDurationMinutes")
        .build();

    public SpotProvisioningSpecification() {
      super(SCHEMA);
    }

    /**
     * Specifies one of the following strategies to launch Spot Instance fleets:
     * <code>capacity-optimized</code> , <code>price-capacity-optimized</code> ,
     * <code>lowest-price</code> , or <code>diversified</code> , and
     * <code>capacity-optimized-prioritized</code> . For more information on the provisioning
     * strategies, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-fleet-allocation-strategy.html">Allocation
     * strategies for Spot Instances</a> in the <em>Amazon EC2 User Guide for Linux Instances</em> .
     *
     * <p>When you launch a Spot Instance fleet with the old console, it automatically launches with
     * the <code>capacity-optimized</code> strategy. You can't change the allocation strategy from
     * the old console.
     *
     * <p>CloudFormation property {@code AllocationStrategy}.
     */
    public SpotProvisioningSpecification allocationStrategy(String value) {
      return set("AllocationStrategy", Value.of(value));
    }

    /** Sets {@code AllocationStrategy} to this value; see {@link #allocationStrategy(String)}. */
    public SpotProvisioningSpecification allocationStrategy(Value<String> value) {
      return set("AllocationStrategy", value);
    }

    /**
     * The defined duration for Spot Instances (also known as Spot blocks) in minutes. When
     * specified, the Spot Instance does not terminate before the defined duration expires, and
     * defined duration pricing for Spot Instances applies. Valid values are 60, 120, 180, 240, 300,
     * or 360. The duration period starts as soon as a Spot Instance receives its instance ID. At
     * the end of the duration, Amazon EC2 marks the Spot Instance for termination and provides a
     * Spot Instance termination notice, which gives the instance a two-minute warning before it
     * terminates.
     *
     * <p>Spot Instances with a defined duration (also known as Spot blocks) are no longer available
     * to new customers from July 1, 2021. For customers who have previously used the feature, we
     * will continue to support Spot Instances with a defined duration until December 31, 2022.
     *
     * <p>CloudFormation property {@code BlockDurationMinutes}.
     */
    public SpotProvisioningSpecification blockDurationMinutes(int value) {
      return set("BlockDurationMinutes", Value.of(value));
    }

    /** Sets {@code BlockDurationMinutes} to this value; see {@link #blockDurationMinutes(int)}. */
    public SpotProvisioningSpecification blockDurationMinutes(Value<Integer> value) {
      return set("BlockDurationMinutes", value);
    }

    /**
     * The action to take when <code>TargetSpotCapacity</code> has not been fulfilled when the
     * <code>TimeoutDurationMinutes</code> has expired; that is, when all Spot Instances could not
     * be provisioned within the Spot provisioning timeout. Valid values are
     * <code>TERMINATE_CLUSTER</code> and <code>SWITCH_TO_ON_DEMAND</code> . SWITCH_TO_ON_DEMAND
     * specifies that if no Spot Instances are available, On-Demand Instances should be provisioned
     * to fulfill any remaining Spot capacity.
     *
     * <p>Required. CloudFormation property {@code TimeoutAction}.
     */
    public SpotProvisioningSpecification timeoutAction(String value) {
      return set("TimeoutAction", Value.of(value));
    }

    /** Sets {@code TimeoutAction} to this value; see {@link #timeoutAction(String)}. */
    public SpotProvisioningSpecification timeoutAction(Value<String> value) {
      return set("TimeoutAction", value);
    }

    /**
     * The Spot provisioning timeout period in minutes. If Spot Instances are not provisioned within
     * this time period, the <code>TimeOutAction</code> is taken. Minimum value is 5 and maximum
     * value is 1440. The timeout applies only during initial provisioning, when the cluster is
     * first created.
     *
     * <p>Required. CloudFormation property {@code TimeoutDurationMinutes}.
     */
    public SpotProvisioningSpecification timeoutDurationMinutes(int value) {
      return set("TimeoutDurationMinutes", Value.of(value));
    }

    /**
     * Sets {@code TimeoutDurationMinutes} to this value; see {@link #timeoutDurationMinutes(int)}.
     */
    public SpotProvisioningSpecification timeoutDurationMinutes(Value<Integer> value) {
      return set("TimeoutDurationMinutes", value);
    }
  }

  /**
   * The resize specification for Spot Instances in the instance fleet, which contains the resize
   * timeout period.
   *
   * <p>Property type {@code AWS::EMR::Cluster.SpotResizingSpecification}.
   */
  public static final class SpotResizingSpecification extends Struct<SpotResizingSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::EMR::Cluster.SpotResizingSpecification");

    public SpotResizingSpecification() {
      super(SCHEMA);
    }

    /**
     * Specifies the allocation strategy to use to launch Spot instances during a resize. If you run
     * Amazon EMR releases 6.9.0 or higher, the default is <code>price-capacity-optimized</code> .
     * If you run Amazon EMR releases 6.8.0 or lower, the default is <code>capacity-optimized</code>
     * .
     *
     * <p>CloudFormation property {@code AllocationStrategy}.
     */
    public SpotResizingSpecification allocationStrategy(String value) {
      return set("AllocationStrategy", Value.of(value));
    }

    /** Sets {@code AllocationStrategy} to this value; see {@link #allocationStrategy(String)}. */
    public SpotResizingSpecification allocationStrategy(Value<String> value) {
      return set("AllocationStrategy", value);
    }

    /**
     * Spot resize timeout in minutes. If Spot Instances are not provisioned within this time, the
     * resize workflow will stop provisioning of Spot instances. Minimum value is 5 minutes and
     * maximum value is 10,080 minutes (7 days). The timeout applies to all resize workflows on the
     * Instance Fleet. The resize could be triggered by Amazon EMR Managed Scaling or by the
     * customer (via Amazon EMR Console, Amazon EMR CLI modify-instance-fleet or Amazon EMR SDK
     * ModifyInstanceFleet API) or by Amazon EMR due to Amazon EC2 Spot Reclamation.
     *
     * <p>CloudFormation property {@code TimeoutDurationMinutes}.
     */
    public SpotResizingSpecification timeoutDurationMinutes(int value) {
      return set("TimeoutDurationMinutes", Value.of(value));
    }

    /**
     * Sets {@code TimeoutDurationMinutes} to this value; see {@link #timeoutDurationMinutes(int)}.
     */
    public SpotResizingSpecification timeoutDurationMinutes(Value<Integer> value) {
      return set("TimeoutDurationMinutes", value);
    }
  }

  /**
   * <code>StepConfig</code> is a property of the <code>AWS::EMR::Cluster</code> resource. The
   * <code>StepConfig</code> property type specifies a cluster (job flow) step, which runs only on
   * the master node. Steps are used to submit data processing jobs to the cluster.
   *
   * <p>Property type {@code AWS::EMR::Cluster.StepConfig}.
   */
  public static final class StepConfig extends Struct<StepConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::Cluster.StepConfig")
        .required("HadoopJarStep", "Name")
        .build();

    public StepConfig() {
      super(SCHEMA);
    }

    /**
     * The action to take when the cluster step fails. Possible values are
     * <code>CANCEL_AND_WAIT</code> and <code>CONTINUE</code> .
     *
     * <p>CloudFormation property {@code ActionOnFailure}.
     */
    public StepConfig actionOnFailure(String value) {
      return set("ActionOnFailure", Value.of(value));
    }

    /** Sets {@code ActionOnFailure} to this value; see {@link #actionOnFailure(String)}. */
    public StepConfig actionOnFailure(Value<String> value) {
      return set("ActionOnFailure", value);
    }

    /**
     * The JAR file used for the step.
     *
     * <p>Required. CloudFormation property {@code HadoopJarStep}.
     */
    public StepConfig hadoopJarStep(Value<HadoopJarStepConfig> value) {
      return set("HadoopJarStep", value);
    }

    /**
     * The name of the step.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public StepConfig name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public StepConfig name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * <code>VolumeSpecification</code> is a subproperty of the <code>EbsBlockDeviceConfig</code>
   * property type. <code>VolumeSecification</code> determines the volume type, IOPS, and size (GiB)
   * for EBS volumes attached to EC2 instances.
   *
   * <p>Property type {@code AWS::EMR::Cluster.VolumeSpecification}.
   */
  public static final class VolumeSpecification extends Struct<VolumeSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::Cluster.VolumeSpecification")
        .required("SizeInGB", "VolumeType")
        .build();

    public VolumeSpecification() {
      super(SCHEMA);
    }

    /**
     * The number of I/O operations per second (IOPS) that the volume supports.
     *
     * <p>CloudFormation property {@code Iops}.
     */
    public VolumeSpecification iops(int value) {
      return set("Iops", Value.of(value));
    }

    /** Sets {@code Iops} to this value; see {@link #iops(int)}. */
    public VolumeSpecification iops(Value<Integer> value) {
      return set("Iops", value);
    }

    /**
     * The volume size, in gibibytes (GiB). This can be a number from 1 - 1024. If the volume type
     * is EBS-optimized, the minimum value is 10.
     *
     * <p>Required. CloudFormation property {@code SizeInGB}.
     */
    public VolumeSpecification sizeInGB(int value) {
      return set("SizeInGB", Value.of(value));
    }

    /** Sets {@code SizeInGB} to this value; see {@link #sizeInGB(int)}. */
    public VolumeSpecification sizeInGB(Value<Integer> value) {
      return set("SizeInGB", value);
    }

    /**
     * The throughput, in mebibyte per second (MiB/s). This optional parameter can be a number from
     * 125 - 1000 and is valid only for gp3 volumes.
     *
     * <p>CloudFormation property {@code Throughput}.
     */
    public VolumeSpecification throughput(int value) {
      return set("Throughput", Value.of(value));
    }

    /** Sets {@code Throughput} to this value; see {@link #throughput(int)}. */
    public VolumeSpecification throughput(Value<Integer> value) {
      return set("Throughput", value);
    }

    /**
     * The volume type. Volume types supported are gp3, gp2, io1, st1, sc1, and standard.
     *
     * <p>Required. CloudFormation property {@code VolumeType}.
     */
    public VolumeSpecification volumeType(String value) {
      return set("VolumeType", Value.of(value));
    }

    /** Sets {@code VolumeType} to this value; see {@link #volumeType(String)}. */
    public VolumeSpecification volumeType(Value<String> value) {
      return set("VolumeType", value);
    }
  }
}
