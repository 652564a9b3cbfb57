// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.greengrassv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates a continuous deployment for a target, which is a AWS IoT Greengrass core device or group
 * of core devices. When you add a new core device to a group of core devices that has a deployment,
 * AWS IoT Greengrass deploys that group's deployment to the new device.
 *
 * <p>You can define one deployment for each target. When you create a new deployment for a target
 * that has an existing deployment, you replace the previous deployment. AWS IoT Greengrass applies
 * the new deployment to the target devices.
 *
 * <p>You can only add, update, or delete up to 10 deployments at a time to a single target.
 *
 * <p>Every deployment has a revision number that indicates how many deployment revisions you define
 * for a target. Use this operation to create a new revision of an existing deployment. This
 * operation returns the revision number of the new deployment when you create it.
 *
 * <p>For more information, see the <a
 * href="https://docs.aws.amazon.com/greengrass/v2/developerguide/create-deployments.html">Create
 * deployments</a> in the <em>AWS IoT Greengrass V2 Developer Guide</em> .
 *
 * <p>Deployment resources are deleted when you delete stacks. To keep the deployments in a stack,
 * you must specify <code>"DeletionPolicy": "Retain"</code> on each deployment resource in the stack
 * template that you want to keep. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html">DeletionPolicy</a>
 * . You can only delete up to 10 deployment resources at a time. If you delete more than 10
 * resources, you receive an error.
 *
 * <p>CloudFormation type {@code AWS::GreengrassV2::Deployment}.
 */
public final class Deployment extends Resource<Deployment> {
  private static final Schema SCHEMA = Schema.builder("AWS::GreengrassV2::Deployment")
      .required("TargetArn")
      .constrain("DeploymentName", Constraint.of().minLength(1).maxLength(256))
      .constrain("ParentTargetArn", Constraint.of().pattern("arn:[^:]*:iot:[^:]*:[0-9]+:thinggroup/.+"))
      .constrain("TargetArn", Constraint.of().pattern("arn:[^:]*:iot:[^:]*:[0-9]+:(thing|thinggroup)/.+"))
      .refYields("DeploymentId")
      .attributes("DeploymentId")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Deployment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The components to deploy. This is a dictionary, where each key is the name of a component, and
   * each key's value is the version and configuration to deploy for that component.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Components}.
   */
  public Deployment components(Map<String, ComponentDeploymentSpecification> value) {
    return set("Components", Value.mapOf(value));
  }

  /** Sets {@code Components} to this value; see {@link #components(Map)}. */
  public Deployment components(Value<Map<String, ComponentDeploymentSpecification>> value) {
    return set("Components", value);
  }

  /**
   * The name of the deployment.
   *
   * <p>Changing it replaces the resource. Length: 1 to 256 characters. CloudFormation property
   * {@code DeploymentName}.
   */
  public Deployment deploymentName(String value) {
    return set("DeploymentName", Value.of(value));
  }

  /** Sets {@code DeploymentName} to this value; see {@link #deploymentName(String)}. */
  public Deployment deploymentName(Value<String> value) {
    return set("DeploymentName", value);
  }

  /**
   * The deployment policies for the deployment. These policies define how the deployment updates
   * components and handles failure.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DeploymentPolicies}.
   */
  public Deployment deploymentPolicies(Value<DeploymentPolicies> value) {
    return set("DeploymentPolicies", value);
  }

  /**
   * The job configuration for the deployment configuration. The job configuration specifies the
   * rollout, timeout, and stop configurations for the deployment configuration.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code IotJobConfiguration}.
   */
  public Deployment iotJobConfiguration(Value<DeploymentIoTJobConfiguration> value) {
    return set("IotJobConfiguration", value);
  }

  /**
   * The parent deployment's <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html">ARN</a> for a
   * subdeployment.
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * arn:[^:]*:iot:[^:]*:[0-9]+:thinggroup/.+}. CloudFormation property {@code ParentTargetArn}.
   */
  public Deployment parentTargetArn(String value) {
    return set("ParentTargetArn", Value.of(value));
  }

  /** Sets {@code ParentTargetArn} to this value; see {@link #parentTargetArn(String)}. */
  public Deployment parentTargetArn(Value<String> value) {
    return set("ParentTargetArn", value);
  }

  /**
   * Application-specific metadata to attach to the deployment. You can use tags in IAM policies to
   * control access to AWS IoT Greengrass resources. You can also use tags to categorize your
   * resources. For more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v2/developerguide/tag-resources.html">Tag your AWS
   * IoT Greengrass Version 2 resources</a> in the <em>AWS IoT Greengrass V2 Developer Guide</em> .
   *
   * <p>This <code>Json</code> property type is processed as a map of key-value pairs. It uses the
   * following format, which is different from most <code>Tags</code> implementations in
   * CloudFormation templates.
   *
   * <p>```json "Tags": { "KeyName0": "value", "KeyName1": "value", "KeyName2": "value" } ```
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Deployment tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Deployment tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Deployment tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The ARN of the target AWS IoT thing or thing group.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * arn:[^:]*:iot:[^:]*:[0-9]+:(thing|thinggroup)/.+}. CloudFormation property {@code TargetArn}.
   */
  public Deployment targetArn(String value) {
    return set("TargetArn", Value.of(value));
  }

  /** Sets {@code TargetArn} to this value; see {@link #targetArn(String)}. */
  public Deployment targetArn(Value<String> value) {
    return set("TargetArn", value);
  }

  /**
   * The ID of the deployment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DeploymentId}.
   */
  public Value<String> deploymentId() {
    return getAtt("DeploymentId");
  }

  /**
   * Contains information about a deployment's update to a component's configuration on AWS IoT
   * Greengrass core devices. For more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v2/developerguide/update-component-configurations.html">Update
   * component configurations</a> in the <em>AWS IoT Greengrass V2 Developer Guide</em> .
   *
   * <p>Property type {@code AWS::GreengrassV2::Deployment.ComponentConfigurationUpdate}.
   */
  public static final class ComponentConfigurationUpdate extends Struct<ComponentConfigurationUpdate> {
    private static final Schema SCHEMA = Schema.of("AWS::GreengrassV2::Deployment.ComponentConfigurationUpdate");

    public ComponentConfigurationUpdate() {
      super(SCHEMA);
    }

    /**
     * A serialized JSON string that contains the configuration object to merge to target devices.
     * The core device merges this configuration with the component's existing configuration. If
     * this is the first time a component deploys on a device, the core device merges this
     * configuration with the component's default configuration. This means that the core device
     * keeps it's existing configuration for keys and values that you don't specify in this object.
     * For more information, see <a
     * href="https://docs.aws.amazon.com/greengrass/v2/developerguide/update-component-configurations.html#merge-configuration-update">Merge
     * configuration updates</a> in the <em>AWS IoT Greengrass V2 Developer Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Merge}.
     */
    public ComponentConfigurationUpdate merge(String value) {
      return set("Merge", Value.of(value));
    }

    /** Sets {@code Merge} to this value; see {@link #merge(String)}. */
    public ComponentConfigurationUpdate merge(Value<String> value) {
      return set("Merge", value);
    }

    /**
     * The list of configuration nodes to reset to default values on target devices. Use JSON
     * pointers to specify each node to reset. JSON pointers start with a forward slash (
     * <code>/</code> ) and use forward slashes to separate the key for each level in the object.
     * For more information, see the <a
     * href="https://docs.aws.amazon.com/https://tools.ietf.org/html/rfc6901">JSON pointer
     * specification</a> and <a
     * href="https://docs.aws.amazon.com/greengrass/v2/developerguide/update-component-configurations.html#reset-configuration-update">Reset
     * configuration updates</a> in the <em>AWS IoT Greengrass V2 Developer Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Reset}.
     */
    public ComponentConfigurationUpdate reset(List<String> value) {
      return set("Reset", Value.listOf(value));
    }

    /** Sets {@code Reset} to this value; see {@link #reset(List)}. */
    public ComponentConfigurationUpdate reset(Value<List<String>> value) {
      return set("Reset", value);
    }
  }

  /**
   * Contains information about a component to deploy.
   *
   * <p>Property type {@code AWS::GreengrassV2::Deployment.ComponentDeploymentSpecification}.
   */
  public static final class ComponentDeploymentSpecification extends Struct<ComponentDeploymentSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::GreengrassV2::Deployment.ComponentDeploymentSpecification");

    public ComponentDeploymentSpecification() {
      super(SCHEMA);
    }

    /**
     * The version of the component.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ComponentVersion}.
     */
    public ComponentDeploymentSpecification componentVersion(String value) {
      return set("ComponentVersion", Value.of(value));
    }

    /** Sets {@code ComponentVersion} to this value; see {@link #componentVersion(String)}. */
    public ComponentDeploymentSpecification componentVersion(Value<String> value) {
      return set("ComponentVersion", value);
    }

    /**
     * The configuration updates to deploy for the component. You can define reset updates and merge
     * updates. A reset updates the keys that you specify to the default configuration for the
     * component. A merge updates the core device's component configuration with the keys and values
     * that you specify. The AWS IoT Greengrass Core software applies reset updates before it
     * applies merge updates. For more information, see <a
     * href="https://docs.aws.amazon.com/greengrass/v2/developerguide/update-component-configurations.html">Update
     * component configuration</a> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ConfigurationUpdate}.
     */
    public ComponentDeploymentSpecification configurationUpdate(Value<ComponentConfigurationUpdate> value) {
      return set("ConfigurationUpdate", value);
    }

    /**
     * The system user and group that the software uses to run component processes on the core
     * device. If you omit this parameter, the software uses the system user and group that you
     * configure for the core device. For more information, see <a
     * href="https://docs.aws.amazon.com/greengrass/v2/developerguide/configure-greengrass-core-v2.html#configure-component-user">Configure
     * the user and group that run components</a> in the <em>AWS IoT Greengrass V2 Developer
     * Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code RunWith}.
     */
    public ComponentDeploymentSpecification runWith(Value<ComponentRunWith> value) {
      return set("RunWith", value);
    }
  }

  /**
   * Contains information system user and group that the AWS IoT Greengrass Core software uses to
   * run component processes on the core device. For more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v2/developerguide/configure-greengrass-core-v2.html#configure-component-user">Configure
   * the user and group that run components</a> in the <em>AWS IoT Greengrass V2 Developer
   * Guide</em> .
   *
   * <p>Property type {@code AWS::GreengrassV2::Deployment.ComponentRunWith}.
   */
  public static final class ComponentRunWith extends Struct<ComponentRunWith> {
    private static final Schema SCHEMA = Schema.of("AWS::GreengrassV2::Deployment.ComponentRunWith");

    public ComponentRunWith() {
      super(SCHEMA);
    }

    /**
     * The POSIX system user and (optional) group to use to run this component. Specify the user and
     * group separated by a colon ( <code>:</code> ) in the following format:
     * <code>user:group</code> . The group is optional. If you don't specify a group, the AWS IoT
     * Greengrass Core software uses the primary user for the group.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code PosixUser}.
     */
    public ComponentRunWith posixUser(String value) {
      return set("PosixUser", Value.of(value));
    }

    /** Sets {@code PosixUser} to this value; see {@link #posixUser(String)}. */
    public ComponentRunWith posixUser(Value<String> value) {
      return set("PosixUser", value);
    }

    /**
     * The system resource limits to apply to this component's process on the core device. AWS IoT
     * Greengrass supports this feature only on Linux core devices.
     *
     * <p>If you omit this parameter, the AWS IoT Greengrass Core software uses the default system
     * resource limits that you configure on the AWS IoT Greengrass nucleus component. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/greengrass/v2/developerguide/configure-greengrass-core-v2.html#configure-component-system-resource-limits">Configure
     * system resource limits for components</a> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SystemResourceLimits}.
     */
    public ComponentRunWith systemResourceLimits(Value<SystemResourceLimits> value) {
      return set("SystemResourceLimits", value);
    }

    /**
     * The Windows user to use to run this component on Windows core devices. The user must exist on
     * each Windows core device, and its name and password must be in the LocalSystem account's
     * Credentials Manager instance.
     *
     * <p>If you omit this parameter, the AWS IoT Greengrass Core software uses the default Windows
     * user that you configure on the AWS IoT Greengrass nucleus component. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/greengrass/v2/developerguide/configure-greengrass-core-v2.html#configure-component-user">Configure
     * the user and group that run components</a> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code WindowsUser}.
     */
    public ComponentRunWith windowsUser(String value) {
      return set("WindowsUser", Value.of(value));
    }

    /** Sets {@code WindowsUser} to this value; see {@link #windowsUser(String)}. */
    public ComponentRunWith windowsUser(Value<String> value) {
      return set("WindowsUser", value);
    }
  }

  /**
   * Contains information about a deployment's policy that defines when components are safe to
   * update.
   *
   * <p>Each component on a device can report whether or not it's ready to update. After a component
   * and its dependencies are ready, they can apply the update in the deployment. You can configure
   * whether or not the deployment notifies components of an update and waits for a response. You
   * specify the amount of time each component has to respond to the update notification.
   *
   * <p>Property type {@code AWS::GreengrassV2::Deployment.DeploymentComponentUpdatePolicy}.
   */
  public static final class DeploymentComponentUpdatePolicy extends Struct<DeploymentComponentUpdatePolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::GreengrassV2::Deployment.DeploymentComponentUpdatePolicy")
        .allowed("Action", "NOTIFY_COMPONENTS", "SKIP_NOTIFY_COMPONENTS")
        .constrain("TimeoutInSeconds", Constraint.of().minimum(1).maximum(2147483647))
        .build();

    public DeploymentComponentUpdatePolicy() {
      super(SCHEMA);
    }

    /**
     * Whether or not to notify components and wait for components to become safe to update. Choose
     * from the following options:
     *
     * <ul> <li><code>NOTIFY_COMPONENTS</code> – The deployment notifies each component before it
     * stops and updates that component. Components can use the <a
     * href="https://docs.aws.amazon.com/greengrass/v2/developerguide/interprocess-communication.html#ipc-operation-subscribetocomponentupdates">SubscribeToComponentUpdates</a>
     * IPC operation to receive these notifications. Then, components can respond with the <a
     * href="https://docs.aws.amazon.com/greengrass/v2/developerguide/interprocess-communication.html#ipc-operation-defercomponentupdate">DeferComponentUpdate</a>
     * IPC operation. For more information, see the <a
     * href="https://docs.aws.amazon.com/greengrass/v2/developerguide/create-deployments.html">Create
     * deployments</a> in the <em>AWS IoT Greengrass V2 Developer Guide</em> .
     * <li><code>SKIP_NOTIFY_COMPONENTS</code> – The deployment doesn't notify components or wait
     * for them to be safe to update. </ul>
     *
     * <p>Default: <code>NOTIFY_COMPONENTS</code>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code NOTIFY_COMPONENTS}, {@code
     * SKIP_NOTIFY_COMPONENTS}. CloudFormation property {@code Action}.
     */
    public DeploymentComponentUpdatePolicy action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public DeploymentComponentUpdatePolicy action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * The amount of time in seconds that each component on a device has to report that it's safe to
     * update. If the component waits for longer than this timeout, then the deployment proceeds on
     * the device.
     *
     * <p>Default: <code>60</code>
     *
     * <p>Changing it replaces the resource. Range: 1 to 2147483647. CloudFormation property {@code
     * TimeoutInSeconds}.
     */
    public DeploymentComponentUpdatePolicy timeoutInSeconds(int value) {
      return set("TimeoutInSeconds", Value.of(value));
    }

    /** Sets {@code TimeoutInSeconds} to this value; see {@link #timeoutInSeconds(int)}. */
    public DeploymentComponentUpdatePolicy timeoutInSeconds(Value<Integer> value) {
      return set("TimeoutInSeconds", value);
    }
  }

  /**
   * Contains information about how long a component on a core device can validate its configuration
   * updates before it times out. Components can use the <a
   * href="https://docs.aws.amazon.com/greengrass/v2/developerguide/interprocess-communication.html#ipc-operation-subscribetovalidateconfigurationupdates">SubscribeToValidateConfigurationUpdates</a>
   * IPC operation to receive notifications when a deployment specifies a configuration update.
   * Then, components can respond with the <a
   * href="https://docs.aws.amazon.com/greengrass/v2/developerguide/interprocess-communication.html#ipc-operation-sendconfigurationvalidityreport">SendConfigurationValidityReport</a>
   * IPC operation. For more information, see the <a
   * href="https://docs.aws.amazon.com/greengrass/v2/developerguide/create-deployments.html">Create
   * deployments</a> in the <em>AWS IoT Greengrass V2 Developer Guide</em> .
   *
   * <p>Property type {@code AWS::GreengrassV2::Deployment.DeploymentConfigurationValidationPolicy}.
   */
  public static final class DeploymentConfigurationValidationPolicy extends Struct<DeploymentConfigurationValidationPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::GreengrassV2::Deployment.DeploymentConfigurationValidationPolicy")
        .constrain("TimeoutInSeconds", Constraint.of().minimum(1).maximum(2147483647))
        .build();

    public DeploymentConfigurationValidationPolicy() {
      super(SCHEMA);
    }

    /**
     * The amount of time in seconds that a component can validate its configuration updates. If the
     * validation time exceeds this timeout, then the deployment proceeds for the device.
     *
     * <p>Default: <code>30</code>
     *
     * <p>Changing it replaces the resource. Range: 1 to 2147483647. CloudFormation property {@code
     * TimeoutInSeconds}.
     */
    public DeploymentConfigurationValidationPolicy timeoutInSeconds(int value) {
      return set("TimeoutInSeconds", Value.of(value));
    }

    /** Sets {@code TimeoutInSeconds} to this value; see {@link #timeoutInSeconds(int)}. */
    public DeploymentConfigurationValidationPolicy timeoutInSeconds(Value<Integer> value) {
      return set("TimeoutInSeconds", value);
    }
  }

  /**
   * Contains information about an AWS IoT job configuration.
   *
   * <p>Property type {@code AWS::GreengrassV2::Deployment.DeploymentIoTJobConfiguration}.
   */
  public static final class DeploymentIoTJobConfiguration extends Struct<DeploymentIoTJobConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::GreengrassV2::Deployment.DeploymentIoTJobConfiguration");

    public DeploymentIoTJobConfiguration() {
      super(SCHEMA);
    }

    /**
     * The stop configuration for the job. This configuration defines when and how to stop a job
     * rollout.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AbortConfig}.
     */
    public DeploymentIoTJobConfiguration abortConfig(Value<IoTJobAbortConfig> value) {
      return set("AbortConfig", value);
    }

    /**
     * The rollout configuration for the job. This configuration defines the rate at which the job
     * rolls out to the fleet of target devices.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * JobExecutionsRolloutConfig}.
     */
    public DeploymentIoTJobConfiguration jobExecutionsRolloutConfig(Value<IoTJobExecutionsRolloutConfig> value) {
      return set("JobExecutionsRolloutConfig", value);
    }

    /**
     * The timeout configuration for the job. This configuration defines the amount of time each
     * device has to complete the job.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code TimeoutConfig}.
     */
    public DeploymentIoTJobConfiguration timeoutConfig(Value<IoTJobTimeoutConfig> value) {
      return set("TimeoutConfig", value);
    }
  }

  /**
   * Contains information about policies that define how a deployment updates components and handles
   * failure.
   *
   * <p>Property type {@code AWS::GreengrassV2::Deployment.DeploymentPolicies}.
   */
  public static final class DeploymentPolicies extends Struct<DeploymentPolicies> {
    private static final Schema SCHEMA = Schema.builder("AWS::GreengrassV2::Deployment.DeploymentPolicies")
        .allowed("FailureHandlingPolicy", "ROLLBACK", "DO_NOTHING")
        .build();

    public DeploymentPolicies() {
      super(SCHEMA);
    }

    /**
     * The component update policy for the configuration deployment. This policy defines when it's
     * safe to deploy the configuration to devices.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ComponentUpdatePolicy}.
     */
    public DeploymentPolicies componentUpdatePolicy(Value<DeploymentComponentUpdatePolicy> value) {
      return set("ComponentUpdatePolicy", value);
    }

    /**
     * The configuration validation policy for the configuration deployment. This policy defines how
     * long each component has to validate its configure updates.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * ConfigurationValidationPolicy}.
     */
    public DeploymentPolicies configurationValidationPolicy(Value<DeploymentConfigurationValidationPolicy> value) {
      return set("ConfigurationValidationPolicy", value);
    }

    /**
     * The failure handling policy for the configuration deployment. This policy defines what to do
     * if the deployment fails.
     *
     * <p>Default: <code>ROLLBACK</code>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code ROLLBACK}, {@code DO_NOTHING}.
     * CloudFormation property {@code FailureHandlingPolicy}.
     */
    public DeploymentPolicies failureHandlingPolicy(String value) {
      return set("FailureHandlingPolicy", Value.of(value));
    }

    /**
     * Sets {@code FailureHandlingPolicy} to this value; see {@link #failureHandlingPolicy(String)}.
     */
    public DeploymentPolicies failureHandlingPolicy(Value<String> value) {
      return set("FailureHandlingPolicy", value);
    }
  }

  /**
   * Contains a list of criteria that define when and how to cancel a configuration deployment.
   *
   * <p>Property type {@code AWS::GreengrassV2::Deployment.IoTJobAbortConfig}.
   */
  public static final class IoTJobAbortConfig extends Struct<IoTJobAbortConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::GreengrassV2::Deployment.IoTJobAbortConfig")
        .required("CriteriaList")
        .build();

    public IoTJobAbortConfig() {
      super(SCHEMA);
    }

    /**
     * The list of criteria that define when and how to cancel the configuration deployment.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code CriteriaList}.
     */
    public IoTJobAbortConfig criteriaList(List<IoTJobAbortCriteria> value) {
      return set("CriteriaList", Value.listOf(value));
    }

    /** Sets {@code CriteriaList} to this value; see {@link #criteriaList(List)}. */
    public IoTJobAbortConfig criteriaList(Value<List<IoTJobAbortCriteria>> value) {
      return set("CriteriaList", value);
    }

    /** Sets {@code CriteriaList} to a list of these; see {@link #criteriaList(List)}. */
    public IoTJobAbortConfig criteriaList(IoTJobAbortCriteria... values) {
      return set("CriteriaList", Value.list(values));
    }
  }

  /**
   * Contains criteria that define when and how to cancel a job.
   *
   * <p>The deployment stops if the following conditions are true:
   *
   * <ul> <li>The number of things that receive the deployment exceeds the
   * <code>minNumberOfExecutedThings</code> . <li>The percentage of failures with type
   * <code>failureType</code> exceeds the <code>thresholdPercentage</code> . </ul>
   *
   * <p>Property type {@code AWS::GreengrassV2::Deployment.IoTJobAbortCriteria}.
   */
  public static final class IoTJobAbortCriteria extends Struct<IoTJobAbortCriteria> {
    private static final Schema SCHEMA = Schema.builder("AWS::GreengrassV2::Deployment.IoTJobAbortCriteria")
        .required("Action", "FailureType", "MinNumberOfExecutedThings", "ThresholdPercentage")
        .allowed("Action", "CANCEL")
        .allowed("FailureType", "FAILED", "REJECTED", "TIMED_OUT", "ALL")
        .constrain("MinNumberOfExecutedThings", Constraint.of().minimum(1).maximum(2147483647))
        .constrain("ThresholdPercentage", Constraint.of().minimum(0).maximum(100))
        .build();

    public IoTJobAbortCriteria() {
      super(SCHEMA);
    }

    /**
     * The action to perform when the criteria are met.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code CANCEL}.
     * CloudFormation property {@code Action}.
     */
    public IoTJobAbortCriteria action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public IoTJobAbortCriteria action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * The type of job deployment failure that can cancel a job.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code FAILED}, {@code
     * REJECTED}, {@code TIMED_OUT}, {@code ALL}. CloudFormation property {@code FailureType}.
     */
    public IoTJobAbortCriteria failureType(String value) {
      return set("FailureType", Value.of(value));
    }

    /** Sets {@code FailureType} to this value; see {@link #failureType(String)}. */
    public IoTJobAbortCriteria failureType(Value<String> value) {
      return set("FailureType", value);
    }

    /**
     * The minimum number of things that receive the configuration before the job can cancel.
     *
     * <p>Required. Changing it replaces the resource. Range: 1 to 2147483647. CloudFormation
     * property {@code MinNumberOfExecutedThings}.
     */
    public IoTJobAbortCriteria minNumberOfExecutedThings(int value) {
      return set("MinNumberOfExecutedThings", Value.of(value));
    }

    /**
     * Sets {@code MinNumberOfExecutedThings} to this value; see {@link
     * #minNumberOfExecutedThings(int)}.
     */
    public IoTJobAbortCriteria minNumberOfExecutedThings(Value<Integer> value) {
      return set("MinNumberOfExecutedThings", value);
    }

    /**
     * The minimum percentage of <code>failureType</code> failures that occur before the job can
     * cancel.
     *
     * <p>This parameter supports up to two digits after the decimal (for example, you can specify
     * <code>10.9</code> or <code>10.99</code> , but not <code>10.999</code> ).
     *
     * <p>Required. Changing it replaces the resource. Range: 0 to 100. CloudFormation property
     * {@code ThresholdPercentage}.
     */
    public IoTJobAbortCriteria thresholdPercentage(double value) {
      return set("ThresholdPercentage", Value.of(value));
    }

    /** Sets {@code ThresholdPercentage} to this value; see {@link #thresholdPercentage(double)}. */
    public IoTJobAbortCriteria thresholdPercentage(Value<Double> value) {
      return set("ThresholdPercentage", value);
    }
  }

  /**
   * Contains information about the rollout configuration for a job. This configuration defines the
   * rate at which the job deploys a configuration to a fleet of target devices.
   *
   * <p>Property type {@code AWS::GreengrassV2::Deployment.IoTJobExecutionsRolloutConfig}.
   */
  public static final class IoTJobExecutionsRolloutConfig extends Struct<IoTJobExecutionsRolloutConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::GreengrassV2::Deployment.IoTJobExecutionsRolloutConfig")
        .constrain("MaximumPerMinute", Constraint.of().minimum(1).maximum(1000))
        .build();

    public IoTJobExecutionsRolloutConfig() {
      super(SCHEMA);
    }

    /**
     * The exponential rate to increase the job rollout rate.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ExponentialRate}.
     */
    public IoTJobExecutionsRolloutConfig exponentialRate(Value<IoTJobExponentialRolloutRate> value) {
      return set("ExponentialRate", value);
    }

    /**
     * The maximum number of devices that receive a pending job notification, per minute.
     *
     * <p>Changing it replaces the resource. Range: 1 to 1000. CloudFormation property {@code
     * MaximumPerMinute}.
     */
    public IoTJobExecutionsRolloutConfig maximumPerMinute(int value) {
      return set("MaximumPerMinute", Value.of(value));
    }

    /** Sets {@code MaximumPerMinute} to this value; see {@link #maximumPerMinute(int)}. */
    public IoTJobExecutionsRolloutConfig maximumPerMinute(Value<Integer> value) {
      return set("MaximumPerMinute", value);
    }
  }

  /**
   * Contains information about an exponential rollout rate for a configuration deployment job.
   *
   * <p>Property type {@code AWS::GreengrassV2::Deployment.IoTJobExponentialRolloutRate}.
   */
  public static final class IoTJobExponentialRolloutRate extends Struct<IoTJobExponentialRolloutRate> {
    private static final Schema SCHEMA = Schema.builder("AWS::GreengrassV2::Deployment.IoTJobExponentialRolloutRate")
        .required("BaseRatePerMinute", "IncrementFactor", "RateIncreaseCriteria")
        .constrain("BaseRatePerMinute", Constraint.of().minimum(1).maximum(1000))
        .constrain("IncrementFactor", Constraint.of().minimum(1).maximum(5))
        .build();

    public IoTJobExponentialRolloutRate() {
      super(SCHEMA);
    }

    /**
     * The minimum number of devices that receive a pending job notification, per minute, when the
     * job starts. This parameter defines the initial rollout rate of the job.
     *
     * <p>Required. Changing it replaces the resource. Range: 1 to 1000. CloudFormation property
     * {@code BaseRatePerMinute}.
     */
    public IoTJobExponentialRolloutRate baseRatePerMinute(int value) {
      return set("BaseRatePerMinute", Value.of(value));
    }

    /** Sets {@code BaseRatePerMinute} to this value; see {@link #baseRatePerMinute(int)}. */
    public IoTJobExponentialRolloutRate baseRatePerMinute(Value<Integer> value) {
      return set("BaseRatePerMinute", value);
    }

    /**
     * The exponential factor to increase the rollout rate for the job.
     *
     * <p>This parameter supports up to one digit after the decimal (for example, you can specify
     * <code>1.5</code> , but not <code>1.55</code> ).
     *
     * <p>Required. Changing it replaces the resource. Range: 1 to 5. CloudFormation property {@code
     * IncrementFactor}.
     */
    public IoTJobExponentialRolloutRate incrementFactor(double value) {
      return set("IncrementFactor", Value.of(value));
    }

    /** Sets {@code IncrementFactor} to this value; see {@link #incrementFactor(double)}. */
    public IoTJobExponentialRolloutRate incrementFactor(Value<Double> value) {
      return set("IncrementFactor", value);
    }

    /**
     * The criteria to increase the rollout rate for the job.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * RateIncreaseCriteria}.
     */
    public IoTJobExponentialRolloutRate rateIncreaseCriteria(Value<IoTJobRateIncreaseCriteria> value) {
      return set("RateIncreaseCriteria", value);
    }
  }

  /**
   * Contains information about criteria to meet before a job increases its rollout rate. Specify
   * either <code>numberOfNotifiedThings</code> or <code>numberOfSucceededThings</code> .
   *
   * <p>Property type {@code AWS::GreengrassV2::Deployment.IoTJobRateIncreaseCriteria}.
   */
  public static final class IoTJobRateIncreaseCriteria extends Struct<IoTJobRateIncreaseCriteria> {
    private static final Schema SCHEMA = Schema.of("AWS::GreengrassV2::Deployment.IoTJobRateIncreaseCriteria");

    public IoTJobRateIncreaseCriteria() {
      super(SCHEMA);
    }

    /**
     * The number of devices to receive the job notification before the rollout rate increases.
     *
     * <p>CloudFormation property {@code NumberOfNotifiedThings}.
     */
    public IoTJobRateIncreaseCriteria numberOfNotifiedThings(int value) {
      return set("NumberOfNotifiedThings", Value.of(value));
    }

    /**
     * Sets {@code NumberOfNotifiedThings} to this value; see {@link #numberOfNotifiedThings(int)}.
     */
    public IoTJobRateIncreaseCriteria numberOfNotifiedThings(Value<Integer> value) {
      return set("NumberOfNotifiedThings", value);
    }

    /**
     * The number of devices to successfully run the configuration job before the rollout rate
     * increases.
     *
     * <p>CloudFormation property {@code NumberOfSucceededThings}.
     */
    public IoTJobRateIncreaseCriteria numberOfSucceededThings(int value) {
      return set("NumberOfSucceededThings", Value.of(value));
    }

    /**
     * Sets {@code NumberOfSucceededThings} to this value; see {@link
     * #numberOfSucceededThings(int)}.
     */
    public IoTJobRateIncreaseCriteria numberOfSucceededThings(Value<Integer> value) {
      return set("NumberOfSucceededThings", value);
    }
  }

  /**
   * Contains information about the timeout configuration for a job.
   *
   * <p>Property type {@code AWS::GreengrassV2::Deployment.IoTJobTimeoutConfig}.
   */
  public static final class IoTJobTimeoutConfig extends Struct<IoTJobTimeoutConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::GreengrassV2::Deployment.IoTJobTimeoutConfig")
        .constrain("InProgressTimeoutInMinutes", Constraint.of().minimum(0).maximum(2147483647))
        .build();

    public IoTJobTimeoutConfig() {
      super(SCHEMA);
    }

    /**
     * The amount of time, in minutes, that devices have to complete the job. The timer starts when
     * the job status is set to <code>IN_PROGRESS</code> . If the job status doesn't change to a
     * terminal state before the time expires, then the job status is set to <code>TIMED_OUT</code>
     * .
     *
     * <p>The timeout interval must be between 1 minute and 7 days (10080 minutes).
     *
     * <p>Changing it replaces the resource. Range: 0 to 2147483647. CloudFormation property {@code
     * InProgressTimeoutInMinutes}.
     */
    public IoTJobTimeoutConfig inProgressTimeoutInMinutes(int value) {
      return set("InProgressTimeoutInMinutes", Value.of(value));
    }

    /**
     * Sets {@code InProgressTimeoutInMinutes} to this value; see {@link
     * #inProgressTimeoutInMinutes(int)}.
     */
    public IoTJobTimeoutConfig inProgressTimeoutInMinutes(Value<Integer> value) {
      return set("InProgressTimeoutInMinutes", value);
    }
  }

  /**
   * Contains information about system resource limits that the software applies to a component's
   * processes.
   *
   * <p>Property type {@code AWS::GreengrassV2::Deployment.SystemResourceLimits}.
   */
  public static final class SystemResourceLimits extends Struct<SystemResourceLimits> {
    private static final Schema SCHEMA = Schema.of("AWS::GreengrassV2::Deployment.SystemResourceLimits");

    public SystemResourceLimits() {
      super(SCHEMA);
    }

    /**
     * The maximum amount of CPU time that a component's processes can use on the core device. A
     * core device's total CPU time is equivalent to the device's number of CPU cores. For example,
     * on a core device with 4 CPU cores, you can set this value to 2 to limit the component's
     * processes to 50 percent usage of each CPU core. On a device with 1 CPU core, you can set this
     * value to 0.25 to limit the component's processes to 25 percent usage of the CPU. If you set
     * this value to a number greater than the number of CPU cores, the AWS IoT Greengrass Core
     * software doesn't limit the component's CPU usage.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Cpus}.
     */
    public SystemResourceLimits cpus(double value) {
      return set("Cpus", Value.of(value));
    }

    /** Sets {@code Cpus} to this value; see {@link #cpus(double)}. */
    public SystemResourceLimits cpus(Value<Double> value) {
      return set("Cpus", value);
    }

    /**
     * The maximum amount of RAM, expressed in kilobytes, that a component's processes can use on
     * the core device. For more information, see <a
     * href="https://docs.aws.amazon.com/greengrass/v2/developerguide/configure-greengrass-core-v2.html#configure-component-system-resource-limits">Configure
     * system resource limits for components</a> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Memory}.
     */
    public SystemResourceLimits memory(int value) {
      return set("Memory", Value.of(value));
    }

    /** Sets {@code Memory} to this value; see {@link #memory(int)}. */
    public SystemResourceLimits memory(Value<Integer> value) {
      return set("Memory", value);
    }
  }
}
