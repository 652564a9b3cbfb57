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
 * Creates a component. Components are software that run on AWS IoT Greengrass core devices. After
 * you develop and test a component on your core device, you can use this operation to upload your
 * component to AWS IoT Greengrass . Then, you can deploy the component to other core devices.
 *
 * <p>You can use this operation to do the following:
 *
 * <ul> <li><em>Create components from recipes</em> </ul>
 *
 * <p>Create a component from a recipe, which is a file that defines the component's metadata,
 * parameters, dependencies, lifecycle, artifacts, and platform capability. For more information,
 * see <a
 * href="https://docs.aws.amazon.com/greengrass/v2/developerguide/component-recipe-reference.html">AWS
 * IoT Greengrass component recipe reference</a> in the <em>AWS IoT Greengrass V2 Developer
 * Guide</em> .
 *
 * <p>To create a component from a recipe, specify <code>inlineRecipe</code> when you call this
 * operation.
 *
 * <ul> <li><em>Create components from Lambda functions</em> </ul>
 *
 * <p>Create a component from an AWS Lambda function that runs on AWS IoT Greengrass . This creates
 * a recipe and artifacts from the Lambda function's deployment package. You can use this operation
 * to migrate Lambda functions from AWS IoT Greengrass V1 to AWS IoT Greengrass V2 .
 *
 * <p>This function accepts Lambda functions in all supported versions of Python, Node.js, and Java
 * runtimes. AWS IoT Greengrass doesn't apply any additional restrictions on deprecated Lambda
 * runtime versions.
 *
 * <p>To create a component from a Lambda function, specify <code>lambdaFunction</code> when you
 * call this operation.
 *
 * <p>CloudFormation type {@code AWS::GreengrassV2::ComponentVersion}.
 */
public final class ComponentVersion extends Resource<ComponentVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::GreengrassV2::ComponentVersion")
      .refYields("Arn")
      .attributes("Arn", "ComponentName", "ComponentVersion")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public ComponentVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The recipe to use to create the component. The recipe defines the component's metadata,
   * parameters, dependencies, lifecycle, artifacts, and platform compatibility.
   *
   * <p>You must specify either <code>InlineRecipe</code> or <code>LambdaFunction</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code InlineRecipe}.
   */
  public ComponentVersion inlineRecipe(String value) {
    return set("InlineRecipe", Value.of(value));
  }

  /** Sets {@code InlineRecipe} to this value; see {@link #inlineRecipe(String)}. */
  public ComponentVersion inlineRecipe(Value<String> value) {
    return set("InlineRecipe", value);
  }

  /**
   * The parameters to create a component from a Lambda function.
   *
   * <p>You must specify either <code>InlineRecipe</code> or <code>LambdaFunction</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LambdaFunction}.
   */
  public ComponentVersion lambdaFunction(Value<LambdaFunctionRecipeSource> value) {
    return set("LambdaFunction", value);
  }

  /**
   * Application-specific metadata to attach to the component version. You can use tags in IAM
   * policies to control access to AWS IoT Greengrass resources. You can also use tags to categorize
   * your resources. For more information, see <a
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
  public ComponentVersion tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public ComponentVersion tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public ComponentVersion tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The ARN of the component version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The name of the component.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ComponentName}.
   */
  public Value<String> componentName() {
    return getAtt("ComponentName");
  }

  /**
   * The version of the component.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ComponentVersion}.
   */
  public Value<String> componentVersion() {
    return getAtt("ComponentVersion");
  }

  /**
   * Contains information about a component dependency for a Lambda function component.
   *
   * <p>Property type {@code AWS::GreengrassV2::ComponentVersion.ComponentDependencyRequirement}.
   */
  public static final class ComponentDependencyRequirement extends Struct<ComponentDependencyRequirement> {
    private static final Schema SCHEMA = Schema.builder("AWS::GreengrassV2::ComponentVersion.ComponentDependencyRequirement")
        .allowed("DependencyType", "SOFT", "HARD")
        .build();

    public ComponentDependencyRequirement() {
      super(SCHEMA);
    }

    /**
     * The type of this dependency. Choose from the following options:
     *
     * <ul> <li><code>SOFT</code> – The component doesn't restart if the dependency changes state.
     * <li><code>HARD</code> – The component restarts if the dependency changes state. </ul>
     *
     * <p>Default: <code>HARD</code>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code SOFT}, {@code HARD}.
     * CloudFormation property {@code DependencyType}.
     */
    public ComponentDependencyRequirement dependencyType(String value) {
      return set("DependencyType", Value.of(value));
    }

    /** Sets {@code DependencyType} to this value; see {@link #dependencyType(String)}. */
    public ComponentDependencyRequirement dependencyType(Value<String> value) {
      return set("DependencyType", value);
    }

    /**
     * The component version requirement for the component dependency.
     *
     * <p>AWS IoT Greengrass uses semantic version constraints. For more information, see <a
     * href="https://docs.aws.amazon.com/https://semver.org/">Semantic Versioning</a> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code VersionRequirement}.
     */
    public ComponentDependencyRequirement versionRequirement(String value) {
      return set("VersionRequirement", Value.of(value));
    }

    /** Sets {@code VersionRequirement} to this value; see {@link #versionRequirement(String)}. */
    public ComponentDependencyRequirement versionRequirement(Value<String> value) {
      return set("VersionRequirement", value);
    }
  }

  /**
   * Contains information about a platform that a component supports.
   *
   * <p>Property type {@code AWS::GreengrassV2::ComponentVersion.ComponentPlatform}.
   */
  public static final class ComponentPlatform extends Struct<ComponentPlatform> {
    private static final Schema SCHEMA = Schema.builder("AWS::GreengrassV2::ComponentVersion.ComponentPlatform")
        .constrain("Name", Constraint.of().minLength(1))
        .build();

    public ComponentPlatform() {
      super(SCHEMA);
    }

    /**
     * A dictionary of attributes for the platform. The AWS IoT Greengrass Core software defines the
     * <code>os</code> and <code>platform</code> by default. You can specify additional platform
     * attributes for a core device when you deploy the AWS IoT Greengrass nucleus component. For
     * more information, see the <a
     * href="https://docs.aws.amazon.com/greengrass/v2/developerguide/greengrass-nucleus-component.html">AWS
     * IoT Greengrass nucleus component</a> in the <em>AWS IoT Greengrass V2 Developer Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Attributes}.
     */
    public ComponentPlatform attributes(Map<String, String> value) {
      return set("Attributes", Value.mapOf(value));
    }

    /** Sets {@code Attributes} to this value; see {@link #attributes(Map)}. */
    public ComponentPlatform attributes(Value<Map<String, String>> value) {
      return set("Attributes", value);
    }

    /**
     * The friendly name of the platform. This name helps you identify the platform.
     *
     * <p>If you omit this parameter, AWS IoT Greengrass creates a friendly name from the
     * <code>os</code> and <code>architecture</code> of the platform.
     *
     * <p>Changing it replaces the resource. Length: at least 1 characters. CloudFormation property
     * {@code Name}.
     */
    public ComponentPlatform name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ComponentPlatform name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Contains information about a container in which AWS Lambda functions run on AWS IoT Greengrass
   * core devices.
   *
   * <p>Property type {@code AWS::GreengrassV2::ComponentVersion.LambdaContainerParams}.
   */
  public static final class LambdaContainerParams extends Struct<LambdaContainerParams> {
    private static final Schema SCHEMA = Schema.of("AWS::GreengrassV2::ComponentVersion.LambdaContainerParams");

    public LambdaContainerParams() {
      super(SCHEMA);
    }

    /**
     * The list of system devices that the container can access.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Devices}.
     */
    public LambdaContainerParams devices(List<LambdaDeviceMount> value) {
      return set("Devices", Value.listOf(value));
    }

    /** Sets {@code Devices} to this value; see {@link #devices(List)}. */
    public LambdaContainerParams devices(Value<List<LambdaDeviceMount>> value) {
      return set("Devices", value);
    }

    /** Sets {@code Devices} to a list of these; see {@link #devices(List)}. */
    public LambdaContainerParams devices(LambdaDeviceMount... values) {
      return set("Devices", Value.list(values));
    }

    /**
     * The memory size of the container, expressed in kilobytes.
     *
     * <p>Default: <code>16384</code> (16 MB)
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MemorySizeInKB}.
     */
    public LambdaContainerParams memorySizeInKB(int value) {
      return set("MemorySizeInKB", Value.of(value));
    }

    /** Sets {@code MemorySizeInKB} to this value; see {@link #memorySizeInKB(int)}. */
    public LambdaContainerParams memorySizeInKB(Value<Integer> value) {
      return set("MemorySizeInKB", value);
    }

    /**
     * Whether or not the container can read information from the device's <code>/sys</code> folder.
     *
     * <p>Default: <code>false</code>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MountROSysfs}.
     */
    public LambdaContainerParams mountROSysfs(boolean value) {
      return set("MountROSysfs", Value.of(value));
    }

    /** Sets {@code MountROSysfs} to this value; see {@link #mountROSysfs(boolean)}. */
    public LambdaContainerParams mountROSysfs(Value<Boolean> value) {
      return set("MountROSysfs", value);
    }

    /**
     * The list of volumes that the container can access.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Volumes}.
     */
    public LambdaContainerParams volumes(List<LambdaVolumeMount> value) {
      return set("Volumes", Value.listOf(value));
    }

    /** Sets {@code Volumes} to this value; see {@link #volumes(List)}. */
    public LambdaContainerParams volumes(Value<List<LambdaVolumeMount>> value) {
      return set("Volumes", value);
    }

    /** Sets {@code Volumes} to a list of these; see {@link #volumes(List)}. */
    public LambdaContainerParams volumes(LambdaVolumeMount... values) {
      return set("Volumes", Value.list(values));
    }
  }

  /**
   * Contains information about a device that Linux processes in a container can access.
   *
   * <p>Property type {@code AWS::GreengrassV2::ComponentVersion.LambdaDeviceMount}.
   */
  public static final class LambdaDeviceMount extends Struct<LambdaDeviceMount> {
    private static final Schema SCHEMA = Schema.builder("AWS::GreengrassV2::ComponentVersion.LambdaDeviceMount")
        .allowed("Permission", "ro", "rw")
        .build();

    public LambdaDeviceMount() {
      super(SCHEMA);
    }

    /**
     * Whether or not to add the component's system user as an owner of the device.
     *
     * <p>Default: <code>false</code>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AddGroupOwner}.
     */
    public LambdaDeviceMount addGroupOwner(boolean value) {
      return set("AddGroupOwner", Value.of(value));
    }

    /** Sets {@code AddGroupOwner} to this value; see {@link #addGroupOwner(boolean)}. */
    public LambdaDeviceMount addGroupOwner(Value<Boolean> value) {
      return set("AddGroupOwner", value);
    }

    /**
     * The mount path for the device in the file system.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Path}.
     */
    public LambdaDeviceMount path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public LambdaDeviceMount path(Value<String> value) {
      return set("Path", value);
    }

    /**
     * The permission to access the device: read/only ( <code>ro</code> ) or read/write (
     * <code>rw</code> ).
     *
     * <p>Default: <code>ro</code>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code ro}, {@code rw}. CloudFormation
     * property {@code Permission}.
     */
    public LambdaDeviceMount permission(String value) {
      return set("Permission", Value.of(value));
    }

    /** Sets {@code Permission} to this value; see {@link #permission(String)}. */
    public LambdaDeviceMount permission(Value<String> value) {
      return set("Permission", value);
    }
  }

  /**
   * Contains information about an event source for an AWS Lambda function. The event source defines
   * the topics on which this Lambda function subscribes to receive messages that run the function.
   *
   * <p>Property type {@code AWS::GreengrassV2::ComponentVersion.LambdaEventSource}.
   */
  public static final class LambdaEventSource extends Struct<LambdaEventSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::GreengrassV2::ComponentVersion.LambdaEventSource")
        .allowed("Type", "PUB_SUB", "IOT_CORE")
        .build();

    public LambdaEventSource() {
      super(SCHEMA);
    }

    /**
     * The topic to which to subscribe to receive event messages.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Topic}.
     */
    public LambdaEventSource topic(String value) {
      return set("Topic", Value.of(value));
    }

    /** Sets {@code Topic} to this value; see {@link #topic(String)}. */
    public LambdaEventSource topic(Value<String> value) {
      return set("Topic", value);
    }

    /**
     * The type of event source. Choose from the following options:
     *
     * <ul> <li><code>PUB_SUB</code> – Subscribe to local publish/subscribe messages. This event
     * source type doesn't support MQTT wildcards ( <code>+</code> and <code>#</code> ) in the event
     * source topic. <li><code>IOT_CORE</code> – Subscribe to AWS IoT Core MQTT messages. This event
     * source type supports MQTT wildcards ( <code>+</code> and <code>#</code> ) in the event source
     * topic. </ul>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code PUB_SUB}, {@code IOT_CORE}.
     * CloudFormation property {@code Type}.
     */
    public LambdaEventSource type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public LambdaEventSource type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Contains parameters for a Lambda function that runs on AWS IoT Greengrass .
   *
   * <p>Property type {@code AWS::GreengrassV2::ComponentVersion.LambdaExecutionParameters}.
   */
  public static final class LambdaExecutionParameters extends Struct<LambdaExecutionParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::GreengrassV2::ComponentVersion.LambdaExecutionParameters")
        .allowed("InputPayloadEncodingType", "json", "binary")
        .build();

    public LambdaExecutionParameters() {
      super(SCHEMA);
    }

    /**
     * The map of environment variables that are available to the Lambda function when it runs.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code EnvironmentVariables}.
     */
    public LambdaExecutionParameters environmentVariables(Map<String, String> value) {
      return set("EnvironmentVariables", Value.mapOf(value));
    }

    /** Sets {@code EnvironmentVariables} to this value; see {@link #environmentVariables(Map)}. */
    public LambdaExecutionParameters environmentVariables(Value<Map<String, String>> value) {
      return set("EnvironmentVariables", value);
    }

    /**
     * The list of event sources to which to subscribe to receive work messages. The Lambda function
     * runs when it receives a message from an event source. You can subscribe this function to
     * local publish/subscribe messages and AWS IoT Core MQTT messages.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code EventSources}.
     */
    public LambdaExecutionParameters eventSources(List<LambdaEventSource> value) {
      return set("EventSources", Value.listOf(value));
    }

    /** Sets {@code EventSources} to this value; see {@link #eventSources(List)}. */
    public LambdaExecutionParameters eventSources(Value<List<LambdaEventSource>> value) {
      return set("EventSources", value);
    }

    /** Sets {@code EventSources} to a list of these; see {@link #eventSources(List)}. */
    public LambdaExecutionParameters eventSources(LambdaEventSource... values) {
      return set("EventSources", Value.list(values));
    }

    /**
     * The list of arguments to pass to the Lambda function when it runs.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ExecArgs}.
     */
    public LambdaExecutionParameters execArgs(List<String> value) {
      return set("ExecArgs", Value.listOf(value));
    }

    /** Sets {@code ExecArgs} to this value; see {@link #execArgs(List)}. */
    public LambdaExecutionParameters execArgs(Value<List<String>> value) {
      return set("ExecArgs", value);
    }

    /**
     * The encoding type that the Lambda function supports.
     *
     * <p>Default: <code>json</code>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code json}, {@code binary}.
     * CloudFormation property {@code InputPayloadEncodingType}.
     */
    public LambdaExecutionParameters inputPayloadEncodingType(String value) {
      return set("InputPayloadEncodingType", Value.of(value));
    }

    /**
     * Sets {@code InputPayloadEncodingType} to this value; see {@link
     * #inputPayloadEncodingType(String)}.
     */
    public LambdaExecutionParameters inputPayloadEncodingType(Value<String> value) {
      return set("InputPayloadEncodingType", value);
    }

    /**
     * The parameters for the Linux process that contains the Lambda function.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code LinuxProcessParams}.
     */
    public LambdaExecutionParameters linuxProcessParams(Value<LambdaLinuxProcessParams> value) {
      return set("LinuxProcessParams", value);
    }

    /**
     * The maximum amount of time in seconds that a non-pinned Lambda function can idle before the
     * AWS IoT Greengrass Core software stops its process.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MaxIdleTimeInSeconds}.
     */
    public LambdaExecutionParameters maxIdleTimeInSeconds(int value) {
      return set("MaxIdleTimeInSeconds", Value.of(value));
    }

    /** Sets {@code MaxIdleTimeInSeconds} to this value; see {@link #maxIdleTimeInSeconds(int)}. */
    public LambdaExecutionParameters maxIdleTimeInSeconds(Value<Integer> value) {
      return set("MaxIdleTimeInSeconds", value);
    }

    /**
     * The maximum number of instances that a non-pinned Lambda function can run at the same time.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MaxInstancesCount}.
     */
    public LambdaExecutionParameters maxInstancesCount(int value) {
      return set("MaxInstancesCount", Value.of(value));
    }

    /** Sets {@code MaxInstancesCount} to this value; see {@link #maxInstancesCount(int)}. */
    public LambdaExecutionParameters maxInstancesCount(Value<Integer> value) {
      return set("MaxInstancesCount", value);
    }

    /**
     * The maximum size of the message queue for the Lambda function component. The AWS IoT
     * Greengrass core device stores messages in a FIFO (first-in-first-out) queue until it can run
     * the Lambda function to consume each message.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MaxQueueSize}.
     */
    public LambdaExecutionParameters maxQueueSize(int value) {
      return set("MaxQueueSize", Value.of(value));
    }

    /** Sets {@code MaxQueueSize} to this value; see {@link #maxQueueSize(int)}. */
    public LambdaExecutionParameters maxQueueSize(Value<Integer> value) {
      return set("MaxQueueSize", value);
    }

    /**
     * Whether or not the Lambda function is pinned, or long-lived.
     *
     * <ul> <li>A pinned Lambda function starts when the AWS IoT Greengrass Core starts and keeps
     * running in its own container. <li>A non-pinned Lambda function starts only when it receives a
     * work item and exists after it idles for <code>maxIdleTimeInSeconds</code> . If the function
     * has multiple work items, the AWS IoT Greengrass Core software creates multiple instances of
     * the function. </ul>
     *
     * <p>Default: <code>true</code>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Pinned}.
     */
    public LambdaExecutionParameters pinned(boolean value) {
      return set("Pinned", Value.of(value));
    }

    /** Sets {@code Pinned} to this value; see {@link #pinned(boolean)}. */
    public LambdaExecutionParameters pinned(Value<Boolean> value) {
      return set("Pinned", value);
    }

    /**
     * The interval in seconds at which a pinned (also known as long-lived) Lambda function
     * component sends status updates to the Lambda manager component.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code StatusTimeoutInSeconds}.
     */
    public LambdaExecutionParameters statusTimeoutInSeconds(int value) {
      return set("StatusTimeoutInSeconds", Value.of(value));
    }

    /**
     * Sets {@code StatusTimeoutInSeconds} to this value; see {@link #statusTimeoutInSeconds(int)}.
     */
    public LambdaExecutionParameters statusTimeoutInSeconds(Value<Integer> value) {
      return set("StatusTimeoutInSeconds", value);
    }

    /**
     * The maximum amount of time in seconds that the Lambda function can process a work item.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code TimeoutInSeconds}.
     */
    public LambdaExecutionParameters timeoutInSeconds(int value) {
      return set("TimeoutInSeconds", Value.of(value));
    }

    /** Sets {@code TimeoutInSeconds} to this value; see {@link #timeoutInSeconds(int)}. */
    public LambdaExecutionParameters timeoutInSeconds(Value<Integer> value) {
      return set("TimeoutInSeconds", value);
    }
  }

  /**
   * Contains information about an AWS Lambda function to import to create a component.
   *
   * <p>Property type {@code AWS::GreengrassV2::ComponentVersion.LambdaFunctionRecipeSource}.
   */
  public static final class LambdaFunctionRecipeSource extends Struct<LambdaFunctionRecipeSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::GreengrassV2::ComponentVersion.LambdaFunctionRecipeSource")
        .constrain("ComponentName", Constraint.of().minLength(1).maxLength(128))
        .constrain("ComponentVersion", Constraint.of().minLength(1).maxLength(64))
        .constrain("LambdaArn", Constraint.of().pattern("^arn:[^:]*:lambda:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$").minLength(1).format("AWS::Lambda::Function.Arn"))
        .build();

    public LambdaFunctionRecipeSource() {
      super(SCHEMA);
    }

    /**
     * The component versions on which this Lambda function component depends.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ComponentDependencies}.
     */
    public LambdaFunctionRecipeSource componentDependencies(Map<String, ComponentDependencyRequirement> value) {
      return set("ComponentDependencies", Value.mapOf(value));
    }

    /**
     * Sets {@code ComponentDependencies} to this value; see {@link #componentDependencies(Map)}.
     */
    public LambdaFunctionRecipeSource componentDependencies(Value<Map<String, ComponentDependencyRequirement>> value) {
      return set("ComponentDependencies", value);
    }

    /**
     * The system and runtime parameters for the Lambda function as it runs on the AWS IoT
     * Greengrass core device.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * ComponentLambdaParameters}.
     */
    public LambdaFunctionRecipeSource componentLambdaParameters(Value<LambdaExecutionParameters> value) {
      return set("ComponentLambdaParameters", value);
    }

    /**
     * The name of the component.
     *
     * <p>Defaults to the name of the Lambda function.
     *
     * <p>Changing it replaces the resource. Length: 1 to 128 characters. CloudFormation property
     * {@code ComponentName}.
     */
    public LambdaFunctionRecipeSource componentName(String value) {
      return set("ComponentName", Value.of(value));
    }

    /** Sets {@code ComponentName} to this value; see {@link #componentName(String)}. */
    public LambdaFunctionRecipeSource componentName(Value<String> value) {
      return set("ComponentName", value);
    }

    /**
     * The platforms that the component version supports.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ComponentPlatforms}.
     */
    public LambdaFunctionRecipeSource componentPlatforms(List<ComponentPlatform> value) {
      return set("ComponentPlatforms", Value.listOf(value));
    }

    /** Sets {@code ComponentPlatforms} to this value; see {@link #componentPlatforms(List)}. */
    public LambdaFunctionRecipeSource componentPlatforms(Value<List<ComponentPlatform>> value) {
      return set("ComponentPlatforms", value);
    }

    /**
     * Sets {@code ComponentPlatforms} to a list of these; see {@link #componentPlatforms(List)}.
     */
    public LambdaFunctionRecipeSource componentPlatforms(ComponentPlatform... values) {
      return set("ComponentPlatforms", Value.list(values));
    }

    /**
     * The version of the component.
     *
     * <p>Defaults to the version of the Lambda function as a semantic version. For example, if your
     * function version is <code>3</code> , the component version becomes <code>3.0.0</code> .
     *
     * <p>Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation property
     * {@code ComponentVersion}.
     */
    public LambdaFunctionRecipeSource componentVersion(String value) {
      return set("ComponentVersion", Value.of(value));
    }

    /** Sets {@code ComponentVersion} to this value; see {@link #componentVersion(String)}. */
    public LambdaFunctionRecipeSource componentVersion(Value<String> value) {
      return set("ComponentVersion", value);
    }

    /**
     * The ARN of the Lambda function. The ARN must include the version of the function to import.
     * You can't use version aliases like <code>$LATEST</code> .
     *
     * <p>Changing it replaces the resource. Length: at least 1 characters. Pattern: {@code
     * ^arn:[^:]*:lambda:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$}. Format: {@code
     * AWS::Lambda::Function.Arn}. CloudFormation property {@code LambdaArn}.
     */
    public LambdaFunctionRecipeSource lambdaArn(String value) {
      return set("LambdaArn", Value.of(value));
    }

    /** Sets {@code LambdaArn} to this value; see {@link #lambdaArn(String)}. */
    public LambdaFunctionRecipeSource lambdaArn(Value<String> value) {
      return set("LambdaArn", value);
    }
  }

  /**
   * Contains parameters for a Linux process that contains an AWS Lambda function.
   *
   * <p>Property type {@code AWS::GreengrassV2::ComponentVersion.LambdaLinuxProcessParams}.
   */
  public static final class LambdaLinuxProcessParams extends Struct<LambdaLinuxProcessParams> {
    private static final Schema SCHEMA = Schema.builder("AWS::GreengrassV2::ComponentVersion.LambdaLinuxProcessParams")
        .allowed("IsolationMode", "GreengrassContainer", "NoContainer")
        .build();

    public LambdaLinuxProcessParams() {
      super(SCHEMA);
    }

    /**
     * The parameters for the container in which the Lambda function runs.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ContainerParams}.
     */
    public LambdaLinuxProcessParams containerParams(Value<LambdaContainerParams> value) {
      return set("ContainerParams", value);
    }

    /**
     * The isolation mode for the process that contains the Lambda function. The process can run in
     * an isolated runtime environment inside the AWS IoT Greengrass container, or as a regular
     * process outside any container.
     *
     * <p>Default: <code>GreengrassContainer</code>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code GreengrassContainer}, {@code
     * NoContainer}. CloudFormation property {@code IsolationMode}.
     */
    public LambdaLinuxProcessParams isolationMode(String value) {
      return set("IsolationMode", Value.of(value));
    }

    /** Sets {@code IsolationMode} to this value; see {@link #isolationMode(String)}. */
    public LambdaLinuxProcessParams isolationMode(Value<String> value) {
      return set("IsolationMode", value);
    }
  }

  /**
   * Contains information about a volume that Linux processes in a container can access. When you
   * define a volume, the AWS IoT Greengrass Core software mounts the source files to the
   * destination inside the container.
   *
   * <p>Property type {@code AWS::GreengrassV2::ComponentVersion.LambdaVolumeMount}.
   */
  public static final class LambdaVolumeMount extends Struct<LambdaVolumeMount> {
    private static final Schema SCHEMA = Schema.builder("AWS::GreengrassV2::ComponentVersion.LambdaVolumeMount")
        .allowed("Permission", "ro", "rw")
        .build();

    public LambdaVolumeMount() {
      super(SCHEMA);
    }

    /**
     * Whether or not to add the AWS IoT Greengrass user group as an owner of the volume.
     *
     * <p>Default: <code>false</code>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AddGroupOwner}.
     */
    public LambdaVolumeMount addGroupOwner(boolean value) {
      return set("AddGroupOwner", Value.of(value));
    }

    /** Sets {@code AddGroupOwner} to this value; see {@link #addGroupOwner(boolean)}. */
    public LambdaVolumeMount addGroupOwner(Value<Boolean> value) {
      return set("AddGroupOwner", value);
    }

    /**
     * The path to the logical volume in the file system.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DestinationPath}.
     */
    public LambdaVolumeMount destinationPath(String value) {
      return set("DestinationPath", Value.of(value));
    }

    /** Sets {@code DestinationPath} to this value; see {@link #destinationPath(String)}. */
    public LambdaVolumeMount destinationPath(Value<String> value) {
      return set("DestinationPath", value);
    }

    /**
     * The permission to access the volume: read/only ( <code>ro</code> ) or read/write (
     * <code>rw</code> ).
     *
     * <p>Default: <code>ro</code>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code ro}, {@code rw}. CloudFormation
     * property {@code Permission}.
     */
    public LambdaVolumeMount permission(String value) {
      return set("Permission", Value.of(value));
    }

    /** Sets {@code Permission} to this value; see {@link #permission(String)}. */
    public LambdaVolumeMount permission(Value<String> value) {
      return set("Permission", value);
    }

    /**
     * The path to the physical volume in the file system.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SourcePath}.
     */
    public LambdaVolumeMount sourcePath(String value) {
      return set("SourcePath", Value.of(value));
    }

    /** Sets {@code SourcePath} to this value; see {@link #sourcePath(String)}. */
    public LambdaVolumeMount sourcePath(Value<String> value) {
      return set("SourcePath", value);
    }
  }
}
