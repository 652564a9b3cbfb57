// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.gamelift;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The properties that describe a container group resource. You can update all properties of a
 * container group definition properties. Updates to a container group definition are saved as new
 * versions.
 *
 * <p><em>Used with:</em> <a
 * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_CreateContainerGroupDefinition.html">CreateContainerGroupDefinition</a>
 *
 * <p><em>Returned by:</em> <a
 * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_DescribeContainerGroupDefinition.html">DescribeContainerGroupDefinition</a>
 * , <a
 * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_ListContainerGroupDefinitions.html">ListContainerGroupDefinitions</a>
 * , <a
 * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_UpdateContainerGroupDefinition.html">UpdateContainerGroupDefinition</a>
 *
 * <p>CloudFormation type {@code AWS::GameLift::ContainerGroupDefinition}.
 */
public final class ContainerGroupDefinition extends Resource<ContainerGroupDefinition> {
  private static final Schema SCHEMA = Schema.builder("AWS::GameLift::ContainerGroupDefinition")
      .required("Name", "OperatingSystem", "TotalMemoryLimitMebibytes", "TotalVcpuLimit")
      .allowed("ContainerGroupType", "GAME_SERVER", "PER_INSTANCE")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-]+$").minLength(1).maxLength(128))
      .allowed("OperatingSystem", "AMAZON_LINUX_2023")
      .constrain("SourceVersionNumber", Constraint.of().minimum(0))
      .constrain("TotalMemoryLimitMebibytes", Constraint.of().minimum(4).maximum(1024000))
      .constrain("TotalVcpuLimit", Constraint.of().minimum(0.125).maximum(10))
      .constrain("VersionDescription", Constraint.of().minLength(1).maxLength(1024))
      .refYields("Name")
      .attributes("ContainerGroupDefinitionArn", "CreationTime", "Status", "StatusReason",
          "VersionNumber")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ContainerGroupDefinition(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The type of container group. Container group type determines how Amazon GameLift Servers
   * deploys the container group on each fleet instance.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code GAME_SERVER}, {@code
   * PER_INSTANCE}. CloudFormation property {@code ContainerGroupType}.
   */
  public ContainerGroupDefinition containerGroupType(String value) {
    return set("ContainerGroupType", Value.of(value));
  }

  /** Sets {@code ContainerGroupType} to this value; see {@link #containerGroupType(String)}. */
  public ContainerGroupDefinition containerGroupType(Value<String> value) {
    return set("ContainerGroupType", value);
  }

  /**
   * The definition for the game server container in this group. This property is used only when the
   * container group type is <code>GAME_SERVER</code> . This container definition specifies a
   * container image with the game server build.
   *
   * <p>CloudFormation property {@code GameServerContainerDefinition}.
   */
  public ContainerGroupDefinition gameServerContainerDefinition(Value<GameServerContainerDefinition> value) {
    return set("GameServerContainerDefinition", value);
  }

  /**
   * A descriptive identifier for the container group definition. The name value is unique in an AWS
   * Region.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9-]+$}. CloudFormation property {@code Name}.
   */
  public ContainerGroupDefinition name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ContainerGroupDefinition name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The platform that all containers in the container group definition run on.
   *
   * <p>Amazon Linux 2 (AL2) will reach end of support on 6/30/2026. See more details in the <a
   * href="https://docs.aws.amazon.com/amazon-linux-2/faqs/">Amazon Linux 2 FAQs</a> . For game
   * servers that are hosted on AL2 and use server SDK version 4.x for Amazon GameLift Servers,
   * first update the game server build to server SDK 5.x, and then deploy to AL2023 instances. See
   * <a
   * href="https://docs.aws.amazon.com/gamelift/latest/developerguide/reference-serversdk5-migration.html">Migrate
   * to server SDK version 5.</a>
   *
   * <p>Required. Allowed values: {@code AMAZON_LINUX_2023}. CloudFormation property {@code
   * OperatingSystem}.
   */
  public ContainerGroupDefinition operatingSystem(String value) {
    return set("OperatingSystem", Value.of(value));
  }

  /** Sets {@code OperatingSystem} to this value; see {@link #operatingSystem(String)}. */
  public ContainerGroupDefinition operatingSystem(Value<String> value) {
    return set("OperatingSystem", value);
  }

  /**
   * A specific ContainerGroupDefinition version to be updated
   *
   * <p>Range: at least 0. CloudFormation property {@code SourceVersionNumber}.
   */
  public ContainerGroupDefinition sourceVersionNumber(int value) {
    return set("SourceVersionNumber", Value.of(value));
  }

  /** Sets {@code SourceVersionNumber} to this value; see {@link #sourceVersionNumber(int)}. */
  public ContainerGroupDefinition sourceVersionNumber(Value<Integer> value) {
    return set("SourceVersionNumber", value);
  }

  /**
   * The set of definitions for support containers in this group. A container group definition might
   * have zero support container definitions. Support container can be used in any type of container
   * group.
   *
   * <p>CloudFormation property {@code SupportContainerDefinitions}.
   */
  public ContainerGroupDefinition supportContainerDefinitions(List<SupportContainerDefinition> value) {
    return set("SupportContainerDefinitions", Value.listOf(value));
  }

  /**
   * Sets {@code SupportContainerDefinitions} to this value; see {@link
   * #supportContainerDefinitions(List)}.
   */
  public ContainerGroupDefinition supportContainerDefinitions(Value<List<SupportContainerDefinition>> value) {
    return set("SupportContainerDefinitions", value);
  }

  /**
   * Sets {@code SupportContainerDefinitions} to a list of these; see {@link
   * #supportContainerDefinitions(List)}.
   */
  public ContainerGroupDefinition supportContainerDefinitions(SupportContainerDefinition... values) {
    return set("SupportContainerDefinitions", Value.list(values));
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ContainerGroupDefinition tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ContainerGroupDefinition tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ContainerGroupDefinition tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The amount of memory (in MiB) on a fleet instance to allocate for the container group. All
   * containers in the group share these resources.
   *
   * <p>You can set a limit for each container definition in the group. If individual containers
   * have limits, this total value must be greater than any individual container's memory limit.
   *
   * <p>Required. Range: 4 to 1024000. CloudFormation property {@code TotalMemoryLimitMebibytes}.
   */
  public ContainerGroupDefinition totalMemoryLimitMebibytes(int value) {
    return set("TotalMemoryLimitMebibytes", Value.of(value));
  }

  /**
   * Sets {@code TotalMemoryLimitMebibytes} to this value; see {@link
   * #totalMemoryLimitMebibytes(int)}.
   */
  public ContainerGroupDefinition totalMemoryLimitMebibytes(Value<Integer> value) {
    return set("TotalMemoryLimitMebibytes", value);
  }

  /**
   * The amount of vCPU units on a fleet instance to allocate for the container group (1 vCPU is
   * equal to 1024 CPU units). All containers in the group share these resources. You can set a
   * limit for each container definition in the group. If individual containers have limits, this
   * total value must be equal to or greater than the sum of the limits for each container in the
   * group.
   *
   * <p>Required. Range: 0.125 to 10. CloudFormation property {@code TotalVcpuLimit}.
   */
  public ContainerGroupDefinition totalVcpuLimit(double value) {
    return set("TotalVcpuLimit", Value.of(value));
  }

  /** Sets {@code TotalVcpuLimit} to this value; see {@link #totalVcpuLimit(double)}. */
  public ContainerGroupDefinition totalVcpuLimit(Value<Double> value) {
    return set("TotalVcpuLimit", value);
  }

  /**
   * An optional description that was provided for a container group definition update. Each version
   * can have a unique description.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code VersionDescription}.
   */
  public ContainerGroupDefinition versionDescription(String value) {
    return set("VersionDescription", Value.of(value));
  }

  /** Sets {@code VersionDescription} to this value; see {@link #versionDescription(String)}. */
  public ContainerGroupDefinition versionDescription(Value<String> value) {
    return set("VersionDescription", value);
  }

  /**
   * The Amazon Resource Name ( <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/s3-arn-format.html">ARN</a> ) that is
   * assigned to an Amazon GameLift Servers <code>ContainerGroupDefinition</code> resource. It
   * uniquely identifies the resource across all AWS Regions. Format is
   * <code>arn:aws:gamelift:[region]::containergroupdefinition/[container group definition
   * name]:[version]</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ContainerGroupDefinitionArn}.
   */
  public Value<String> containerGroupDefinitionArn() {
    return getAtt("ContainerGroupDefinitionArn");
  }

  /**
   * A time stamp indicating when this data object was created. Format is a number expressed in Unix
   * time as milliseconds (for example <code>"1469498468.057"</code> ).
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * Current status of the container group definition resource. Values include:
   *
   * <ul> <li><code>COPYING</code> -- Amazon GameLift Servers is in the process of making copies of
   * all container images that are defined in the group. While in this state, the resource can't be
   * used to create a container fleet. <li><code>READY</code> -- Amazon GameLift Servers has copied
   * the registry images for all containers that are defined in the group. You can use a container
   * group definition in this status to create a container fleet. <li><code>FAILED</code> -- Amazon
   * GameLift Servers failed to create a valid container group definition resource. For more details
   * on the cause of the failure, see <code>StatusReason</code> . A container group definition
   * resource in failed status will be deleted within a few minutes. </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Additional information about a container group definition that's in <code>FAILED</code> status.
   * Possible reasons include:
   *
   * <ul> <li>An internal issue prevented Amazon GameLift Servers from creating the container group
   * definition resource. Delete the failed resource and call <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_CreateContainerGroupDefinition.html">CreateContainerGroupDefinition</a>
   * again. <li>An access-denied message means that you don't have permissions to access the
   * container image on ECR. See <a
   * href="https://docs.aws.amazon.com/gamelift/latest/developerguide/gamelift-iam-policy-examples.html.html">IAM
   * permission examples</a> for help setting up required IAM permissions for Amazon GameLift
   * Servers. <li>The <code>ImageUri</code> value for at least one of the containers in the
   * container group definition was invalid or not found in the current AWS account. <li>At least
   * one of the container images referenced in the container group definition exceeds the allowed
   * size. For size limits, see <a
   * href="https://docs.aws.amazon.com/general/latest/gr/gamelift.html">Amazon GameLift Servers
   * endpoints and quotas</a> . <li>At least one of the container images referenced in the container
   * group definition uses a different operating system than the one defined for the container
   * group. </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusReason}.
   */
  public Value<String> statusReason() {
    return getAtt("StatusReason");
  }

  /**
   * Indicates the version of a particular container group definition. This number is incremented
   * automatically when you update a container group definition. You can view, update, or delete
   * individual versions or the entire container group definition.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VersionNumber}.
   */
  public Value<Integer> versionNumber() {
    return getAtt("VersionNumber");
  }

  /**
   * A container's dependency on another container in the same container group. The dependency
   * impacts how the dependent container is able to start or shut down based the status of the other
   * container.
   *
   * <p>For example, <em>ContainerA</em> is configured with the following dependency: a
   * <code>START</code> dependency on <em>ContainerB</em> . This means that <em>ContainerA</em>
   * can't start until <em>ContainerB</em> has started. It also means that <em>ContainerA</em> must
   * shut down before <em>ContainerB</em> .
   *
   * <p><em>Part of:</em> <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_GameServerContainerDefinition.html">GameServerContainerDefinition</a>
   * , <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_GameServerContainerDefinitionInput.html">GameServerContainerDefinitionInput</a>
   * , <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_SupportContainerDefinition.html">SupportContainerDefinition</a>
   * , <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_SupportContainerDefinitionInput.html">SupportContainerDefinitionInput</a>
   *
   * <p>Property type {@code AWS::GameLift::ContainerGroupDefinition.ContainerDependency}.
   */
  public static final class ContainerDependency extends Struct<ContainerDependency> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::ContainerGroupDefinition.ContainerDependency")
        .required("Condition", "ContainerName")
        .allowed("Condition", "START", "COMPLETE", "SUCCESS", "HEALTHY")
        .constrain("ContainerName", Constraint.of().pattern("^[a-zA-Z0-9-]+$").minLength(1).maxLength(128))
        .build();

    public ContainerDependency() {
      super(SCHEMA);
    }

    /**
     * The condition that the dependency container must reach before the dependent container can
     * start. Valid conditions include:
     *
     * <ul> <li>START - The dependency container must have started. <li>COMPLETE - The dependency
     * container has run to completion (exits). Use this condition with nonessential containers,
     * such as those that run a script and then exit. The dependency container can't be an essential
     * container. <li>SUCCESS - The dependency container has run to completion and exited with a
     * zero status. The dependency container can't be an essential container. <li>HEALTHY - The
     * dependency container has passed its Docker health check. Use this condition with dependency
     * containers that have health checks configured. This condition is confirmed at container group
     * startup only. </ul>
     *
     * <p>Required. Allowed values: {@code START}, {@code COMPLETE}, {@code SUCCESS}, {@code
     * HEALTHY}. CloudFormation property {@code Condition}.
     */
    public ContainerDependency condition(String value) {
      return set("Condition", Value.of(value));
    }

    /** Sets {@code Condition} to this value; see {@link #condition(String)}. */
    public ContainerDependency condition(Value<String> value) {
      return set("Condition", value);
    }

    /**
     * A descriptive label for the container definition that this container depends on.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9-]+$}. CloudFormation
     * property {@code ContainerName}.
     */
    public ContainerDependency containerName(String value) {
      return set("ContainerName", Value.of(value));
    }

    /** Sets {@code ContainerName} to this value; see {@link #containerName(String)}. */
    public ContainerDependency containerName(Value<String> value) {
      return set("ContainerName", value);
    }
  }

  /**
   * An environment variable to set inside a container, in the form of a key-value pair.
   *
   * <p><em>Part of:</em> <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_GameServerContainerDefinition.html">GameServerContainerDefinition</a>
   * , <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_GameServerContainerDefinitionInput.html">GameServerContainerDefinitionInput</a>
   * , <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_SupportContainerDefinition.html">SupportContainerDefinition</a>
   * , <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_SupportContainerDefinitionInput.html">SupportContainerDefinitionInput</a>
   *
   * <p>Property type {@code AWS::GameLift::ContainerGroupDefinition.ContainerEnvironment}.
   */
  public static final class ContainerEnvironment extends Struct<ContainerEnvironment> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::ContainerGroupDefinition.ContainerEnvironment")
        .required("Name", "Value")
        .constrain("Name", Constraint.of().pattern("^.*$").minLength(1).maxLength(255))
        .constrain("Value", Constraint.of().pattern("^.*$").minLength(1).maxLength(255))
        .build();

    public ContainerEnvironment() {
      super(SCHEMA);
    }

    /**
     * The environment variable name.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code Name}.
     */
    public ContainerEnvironment name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ContainerEnvironment name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The environment variable value.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code Value}.
     */
    public ContainerEnvironment value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ContainerEnvironment value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Instructions on when and how to check the health of a support container in a container fleet.
   * These properties override any Docker health checks that are set in the container image. For
   * more information on container health checks, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html#ECS-Type-HealthCheck-command">HealthCheck
   * command</a> in the <em>Amazon Elastic Container Service API</em> . Game server containers don't
   * have a health check parameter; Amazon GameLift Servers automatically handles health checks for
   * these containers.
   *
   * <p>The following example instructs the container to initiate a health check command every 60
   * seconds and wait 10 seconds for it to succeed. If it fails, retry the command 3 times before
   * flagging the container as unhealthy. It also tells the container to wait 100 seconds after
   * launch before counting failed health checks.
   *
   * <p><code>{"Command": [ "CMD-SHELL", "ps cax | grep "processmanager" || exit 1" ], "Interval":
   * 60, "Timeout": 10, "Retries": 3, "StartPeriod": 100 }</code>
   *
   * <p><em>Part of:</em> <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_SupportContainerDefinition.html">SupportContainerDefinition</a>
   * , <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_SupportContainerDefinitionInput.html">SupportContainerDefinitionInput</a>
   *
   * <p>Property type {@code AWS::GameLift::ContainerGroupDefinition.ContainerHealthCheck}.
   */
  public static final class ContainerHealthCheck extends Struct<ContainerHealthCheck> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::ContainerGroupDefinition.ContainerHealthCheck")
        .required("Command")
        .constrain("Command", Constraint.of().pattern("^.*$").minLength(1).maxLength(255))
        .constrain("Interval", Constraint.of().minimum(60).maximum(300))
        .constrain("Retries", Constraint.of().minimum(5).maximum(10))
        .constrain("StartPeriod", Constraint.of().minimum(0).maximum(300))
        .constrain("Timeout", Constraint.of().minimum(30).maximum(60))
        .build();

    public ContainerHealthCheck() {
      super(SCHEMA);
    }

    /**
     * A string array that specifies the command that the container runs to determine if it's
     * healthy.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code Command}.
     */
    public ContainerHealthCheck command(List<String> value) {
      return set("Command", Value.listOf(value));
    }

    /** Sets {@code Command} to this value; see {@link #command(List)}. */
    public ContainerHealthCheck command(Value<List<String>> value) {
      return set("Command", value);
    }

    /**
     * The time period (in seconds) between each health check.
     *
     * <p>Range: 60 to 300. CloudFormation property {@code Interval}.
     */
    public ContainerHealthCheck interval(int value) {
      return set("Interval", Value.of(value));
    }

    /** Sets {@code Interval} to this value; see {@link #interval(int)}. */
    public ContainerHealthCheck interval(Value<Integer> value) {
      return set("Interval", value);
    }

    /**
     * The number of times to retry a failed health check before flagging the container unhealthy.
     * The first run of the command does not count as a retry.
     *
     * <p>Range: 5 to 10. CloudFormation property {@code Retries}.
     */
    public ContainerHealthCheck retries(int value) {
      return set("Retries", Value.of(value));
    }

    /** Sets {@code Retries} to this value; see {@link #retries(int)}. */
    public ContainerHealthCheck retries(Value<Integer> value) {
      return set("Retries", value);
    }

    /**
     * The optional grace period (in seconds) to give a container time to bootstrap before the first
     * failed health check counts toward the number of retries.
     *
     * <p>Range: 0 to 300. CloudFormation property {@code StartPeriod}.
     */
    public ContainerHealthCheck startPeriod(int value) {
      return set("StartPeriod", Value.of(value));
    }

    /** Sets {@code StartPeriod} to this value; see {@link #startPeriod(int)}. */
    public ContainerHealthCheck startPeriod(Value<Integer> value) {
      return set("StartPeriod", value);
    }

    /**
     * The time period (in seconds) to wait for a health check to succeed before counting a failed
     * health check.
     *
     * <p>Range: 30 to 60. CloudFormation property {@code Timeout}.
     */
    public ContainerHealthCheck timeout(int value) {
      return set("Timeout", Value.of(value));
    }

    /** Sets {@code Timeout} to this value; see {@link #timeout(int)}. */
    public ContainerHealthCheck timeout(Value<Integer> value) {
      return set("Timeout", value);
    }
  }

  /**
   * A mount point that binds a container to a file or directory on the host system.
   *
   * <p><em>Part of:</em> <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_GameServerContainerDefinition.html">GameServerContainerDefinition</a>
   * , <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_GameServerContainerDefinitionInput.html"></a>
   * , <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_SupportContainerDefinition.html">SupportContainerDefinition</a>
   * , <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_SupportContainerDefinitionInput.html"></a>
   *
   * <p>Property type {@code AWS::GameLift::ContainerGroupDefinition.ContainerMountPoint}.
   */
  public static final class ContainerMountPoint extends Struct<ContainerMountPoint> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::ContainerGroupDefinition.ContainerMountPoint")
        .required("InstancePath")
        .allowed("AccessLevel", "READ_ONLY", "READ_AND_WRITE")
        .constrain("ContainerPath", Constraint.of().pattern("^(\\/+[^\\/]+\\/*)+$").minLength(1).maxLength(1024))
        .constrain("InstancePath", Constraint.of().pattern("^\\/[\\s\\S]*$").minLength(1).maxLength(1024))
        .build();

    public ContainerMountPoint() {
      super(SCHEMA);
    }

    /**
     * The type of access for the container.
     *
     * <p>Allowed values: {@code READ_ONLY}, {@code READ_AND_WRITE}. CloudFormation property {@code
     * AccessLevel}.
     */
    public ContainerMountPoint accessLevel(String value) {
      return set("AccessLevel", Value.of(value));
    }

    /** Sets {@code AccessLevel} to this value; see {@link #accessLevel(String)}. */
    public ContainerMountPoint accessLevel(Value<String> value) {
      return set("AccessLevel", value);
    }

    /**
     * The mount path on the container. If this property isn't set, the instance path is used.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code ^(&#92;/+[^&#92;/]+&#92;/*)+$}.
     * CloudFormation property {@code ContainerPath}.
     */
    public ContainerMountPoint containerPath(String value) {
      return set("ContainerPath", Value.of(value));
    }

    /** Sets {@code ContainerPath} to this value; see {@link #containerPath(String)}. */
    public ContainerMountPoint containerPath(Value<String> value) {
      return set("ContainerPath", value);
    }

    /**
     * The path to the source file or directory.
     *
     * <p>Required. Length: 1 to 1024 characters. Pattern: {@code ^&#92;/[&#92;s&#92;S]*$}.
     * CloudFormation property {@code InstancePath}.
     */
    public ContainerMountPoint instancePath(String value) {
      return set("InstancePath", Value.of(value));
    }

    /** Sets {@code InstancePath} to this value; see {@link #instancePath(String)}. */
    public ContainerMountPoint instancePath(Value<String> value) {
      return set("InstancePath", value);
    }
  }

  /**
   * A set of one or more port numbers that can be opened on the container, and the supported
   * network protocol.
   *
   * <p><em>Part of:</em> <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_ContainerPortConfiguration.html">ContainerPortConfiguration</a>
   *
   * <p>Property type {@code AWS::GameLift::ContainerGroupDefinition.ContainerPortRange}.
   */
  public static final class ContainerPortRange extends Struct<ContainerPortRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::ContainerGroupDefinition.ContainerPortRange")
        .required("FromPort", "Protocol", "ToPort")
        .constrain("FromPort", Constraint.of().minimum(1).maximum(60000))
        .allowed("Protocol", "TCP", "UDP")
        .constrain("ToPort", Constraint.of().minimum(1).maximum(60000))
        .build();

    public ContainerPortRange() {
      super(SCHEMA);
    }

    /**
     * A starting value for the range of allowed port numbers.
     *
     * <p>Required. Range: 1 to 60000. CloudFormation property {@code FromPort}.
     */
    public ContainerPortRange fromPort(int value) {
      return set("FromPort", Value.of(value));
    }

    /** Sets {@code FromPort} to this value; see {@link #fromPort(int)}. */
    public ContainerPortRange fromPort(Value<Integer> value) {
      return set("FromPort", value);
    }

    /**
     * The network protocol that these ports support.
     *
     * <p>Required. Allowed values: {@code TCP}, {@code UDP}. CloudFormation property {@code
     * Protocol}.
     */
    public ContainerPortRange protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public ContainerPortRange protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * An ending value for the range of allowed port numbers. Port numbers are end-inclusive. This
     * value must be equal to or greater than <code>FromPort</code> .
     *
     * <p>Required. Range: 1 to 60000. CloudFormation property {@code ToPort}.
     */
    public ContainerPortRange toPort(int value) {
      return set("ToPort", Value.of(value));
    }

    /** Sets {@code ToPort} to this value; see {@link #toPort(int)}. */
    public ContainerPortRange toPort(Value<Integer> value) {
      return set("ToPort", value);
    }
  }

  /**
   * Describes the game server container in an existing game server container group. A game server
   * container identifies a container image with your game server build. A game server container is
   * automatically considered essential; if an essential container fails, the entire container group
   * restarts.
   *
   * <p>You can update a container definition and deploy the updates to an existing fleet. When
   * creating or updating a game server container group definition, use the property <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_GameServerContainerDefinitionInput"></a>
   * .
   *
   * <p><em>Part of:</em> <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_ContainerGroupDefinition.html">ContainerGroupDefinition</a>
   *
   * <p><em>Returned by:</em> <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_DescribeContainerGroupDefinition.html">DescribeContainerGroupDefinition</a>
   * , <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_ListContainerGroupDefinitions.html">ListContainerGroupDefinitions</a>
   * , <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_UpdateContainerGroupDefinition.html">UpdateContainerGroupDefinition</a>
   *
   * <p>Property type {@code AWS::GameLift::ContainerGroupDefinition.GameServerContainerDefinition}.
   */
  public static final class GameServerContainerDefinition extends Struct<GameServerContainerDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::ContainerGroupDefinition.GameServerContainerDefinition")
        .required("ContainerName", "ImageUri", "ServerSdkVersion")
        .constrain("ContainerName", Constraint.of().pattern("^[a-zA-Z0-9-]+$").minLength(1).maxLength(128))
        .constrain("ImageUri", Constraint.of().pattern("^[a-zA-Z0-9-_\\.@\\/:]+$").minLength(1).maxLength(255))
        .constrain("ResolvedImageDigest", Constraint.of().pattern("^sha256:[a-fA-F0-9]{64}$"))
        .constrain("ServerSdkVersion", Constraint.of().pattern("^\\d+\\.\\d+\\.\\d+$").minLength(0).maxLength(128))
        .build();

    public GameServerContainerDefinition() {
      super(SCHEMA);
    }

    /**
     * The container definition identifier. Container names are unique within a container group
     * definition.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9-]+$}. CloudFormation
     * property {@code ContainerName}.
     */
    public GameServerContainerDefinition containerName(String value) {
      return set("ContainerName", Value.of(value));
    }

    /** Sets {@code ContainerName} to this value; see {@link #containerName(String)}. */
    public GameServerContainerDefinition containerName(Value<String> value) {
      return set("ContainerName", value);
    }

    /**
     * Indicates that the container relies on the status of other containers in the same container
     * group during startup and shutdown sequences. A container might have dependencies on multiple
     * containers.
     *
     * <p>CloudFormation property {@code DependsOn}.
     */
    public GameServerContainerDefinition dependsOn(List<ContainerDependency> value) {
      return set("DependsOn", Value.listOf(value));
    }

    /** Sets {@code DependsOn} to this value; see {@link #dependsOn(List)}. */
    public GameServerContainerDefinition dependsOn(Value<List<ContainerDependency>> value) {
      return set("DependsOn", value);
    }

    /** Sets {@code DependsOn} to a list of these; see {@link #dependsOn(List)}. */
    public GameServerContainerDefinition dependsOn(ContainerDependency... values) {
      return set("DependsOn", Value.list(values));
    }

    /**
     * A set of environment variables that's passed to the container on startup. See the <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html#ECS-Type-ContainerDefinition-environment">ContainerDefinition::environment</a>
     * parameter in the <em>Amazon Elastic Container Service API Reference</em> .
     *
     * <p>CloudFormation property {@code EnvironmentOverride}.
     */
    public GameServerContainerDefinition environmentOverride(List<ContainerEnvironment> value) {
      return set("EnvironmentOverride", Value.listOf(value));
    }

    /** Sets {@code EnvironmentOverride} to this value; see {@link #environmentOverride(List)}. */
    public GameServerContainerDefinition environmentOverride(Value<List<ContainerEnvironment>> value) {
      return set("EnvironmentOverride", value);
    }

    /**
     * Sets {@code EnvironmentOverride} to a list of these; see {@link #environmentOverride(List)}.
     */
    public GameServerContainerDefinition environmentOverride(ContainerEnvironment... values) {
      return set("EnvironmentOverride", Value.list(values));
    }

    /**
     * The URI to the image that Amazon GameLift Servers uses when deploying this container to a
     * container fleet. For a more specific identifier, see <code>ResolvedImageDigest</code> .
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code
     * ^[a-zA-Z0-9-_&#92;.&#64;&#92;/:]+$}. CloudFormation property {@code ImageUri}.
     */
    public GameServerContainerDefinition imageUri(String value) {
      return set("ImageUri", Value.of(value));
    }

    /** Sets {@code ImageUri} to this value; see {@link #imageUri(String)}. */
    public GameServerContainerDefinition imageUri(Value<String> value) {
      return set("ImageUri", value);
    }

    /**
     * A set of Linux capabilities that are added to a container's default Docker configuration. For
     * more detailed information, see the capabilities(7) Linux manual page.
     *
     * <p>CloudFormation property {@code LinuxCapabilities}.
     */
    public GameServerContainerDefinition linuxCapabilities(Value<LinuxCapabilities> value) {
      return set("LinuxCapabilities", value);
    }

    /**
     * A mount point that binds a path inside the container to a file or directory on the host
     * system and lets it access the file or directory.
     *
     * <p>CloudFormation property {@code MountPoints}.
     */
    public GameServerContainerDefinition mountPoints(List<ContainerMountPoint> value) {
      return set("MountPoints", Value.listOf(value));
    }

    /** Sets {@code MountPoints} to this value; see {@link #mountPoints(List)}. */
    public GameServerContainerDefinition mountPoints(Value<List<ContainerMountPoint>> value) {
      return set("MountPoints", value);
    }

    /** Sets {@code MountPoints} to a list of these; see {@link #mountPoints(List)}. */
    public GameServerContainerDefinition mountPoints(ContainerMountPoint... values) {
      return set("MountPoints", Value.list(values));
    }

    /**
     * The set of ports that are available to bind to processes in the container. For example, a
     * game server process requires a container port to allow game clients to connect to it.
     * Container ports aren't directly accessed by inbound traffic. Amazon GameLift Servers maps
     * these container ports to externally accessible connection ports, which are assigned as needed
     * from the container fleet's <code>ConnectionPortRange</code> .
     *
     * <p>CloudFormation property {@code PortConfiguration}.
     */
    public GameServerContainerDefinition portConfiguration(Value<PortConfiguration> value) {
      return set("PortConfiguration", value);
    }

    /**
     * A unique and immutable identifier for the container image. The digest is a SHA 256 hash of
     * the container image manifest.
     *
     * <p>Pattern: {@code ^sha256:[a-fA-F0-9]{64}$}. CloudFormation property {@code
     * ResolvedImageDigest}.
     */
    public GameServerContainerDefinition resolvedImageDigest(String value) {
      return set("ResolvedImageDigest", Value.of(value));
    }

    /** Sets {@code ResolvedImageDigest} to this value; see {@link #resolvedImageDigest(String)}. */
    public GameServerContainerDefinition resolvedImageDigest(Value<String> value) {
      return set("ResolvedImageDigest", value);
    }

    /**
     * The Amazon GameLift Servers server SDK version that the game server is integrated with. Only
     * game servers using 5.2.0 or higher are compatible with container fleets.
     *
     * <p>Required. Length: 0 to 128 characters. Pattern: {@code
     * ^&#92;d+&#92;.&#92;d+&#92;.&#92;d+$}. CloudFormation property {@code ServerSdkVersion}.
     */
    public GameServerContainerDefinition serverSdkVersion(String value) {
      return set("ServerSdkVersion", Value.of(value));
    }

    /** Sets {@code ServerSdkVersion} to this value; see {@link #serverSdkVersion(String)}. */
    public GameServerContainerDefinition serverSdkVersion(Value<String> value) {
      return set("ServerSdkVersion", value);
    }
  }

  /**
   * A set of Linux capabilities that are added to a container's default Docker configuration. For
   * more detailed information, see the capabilities(7) Linux manual page.
   *
   * <p>Property type {@code AWS::GameLift::ContainerGroupDefinition.LinuxCapabilities}.
   */
  public static final class LinuxCapabilities extends Struct<LinuxCapabilities> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::ContainerGroupDefinition.LinuxCapabilities")
        .allowed("Include", "AUDIT_CONTROL", "AUDIT_WRITE", "BLOCK_SUSPEND", "CHOWN",
            "DAC_OVERRIDE", "DAC_READ_SEARCH", "FOWNER", "FSETID", "IPC_LOCK", "IPC_OWNER", "KILL",
            "LEASE", "LINUX_IMMUTABLE", "MAC_ADMIN", "MAC_OVERRIDE", "MKNOD", "NET_ADMIN",
            "NET_BIND_SERVICE", "NET_BROADCAST", "NET_RAW", "SETFCAP", "SETGID", "SETPCAP",
            "SETUID", "SYS_ADMIN", "SYS_BOOT", "SYS_CHROOT", "SYS_MODULE", "SYS_NICE", "SYS_PACCT",
            "SYS_PTRACE", "SYS_RAWIO", "SYS_RESOURCE", "SYS_TIME", "SYS_TTY_CONFIG", "SYSLOG",
            "WAKE_ALARM")
        .build();

    public LinuxCapabilities() {
      super(SCHEMA);
    }

    /**
     * The list of Linux capabilities to add to the container's default configuration.
     *
     * <p>Allowed values: {@code AUDIT_CONTROL}, {@code AUDIT_WRITE}, {@code BLOCK_SUSPEND}, {@code
     * CHOWN}, {@code DAC_OVERRIDE}, {@code DAC_READ_SEARCH}, {@code FOWNER}, {@code FSETID}, {@code
     * IPC_LOCK}, {@code IPC_OWNER}, {@code KILL}, {@code LEASE}, {@code LINUX_IMMUTABLE}, {@code
     * MAC_ADMIN}, {@code MAC_OVERRIDE}, {@code MKNOD}, {@code NET_ADMIN}, {@code NET_BIND_SERVICE},
     * {@code NET_BROADCAST}, {@code NET_RAW}, {@code SETFCAP}, {@code SETGID}, {@code SETPCAP},
     * {@code SETUID}, {@code SYS_ADMIN}, {@code SYS_BOOT}, {@code SYS_CHROOT}, {@code SYS_MODULE},
     * {@code SYS_NICE}, {@code SYS_PACCT}, {@code SYS_PTRACE}, {@code SYS_RAWIO}, {@code
     * SYS_RESOURCE}, {@code SYS_TIME}, {@code SYS_TTY_CONFIG}, {@code SYSLOG}, {@code WAKE_ALARM}.
     * CloudFormation property {@code Include}.
     */
    public LinuxCapabilities include(List<String> value) {
      return set("Include", Value.listOf(value));
    }

    /** Sets {@code Include} to this value; see {@link #include(List)}. */
    public LinuxCapabilities include(Value<List<String>> value) {
      return set("Include", value);
    }
  }

  /**
   * Defines the ports on a container.
   *
   * <p>Property type {@code AWS::GameLift::ContainerGroupDefinition.PortConfiguration}.
   */
  public static final class PortConfiguration extends Struct<PortConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::ContainerGroupDefinition.PortConfiguration")
        .required("ContainerPortRanges")
        .build();

    public PortConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies one or more ranges of ports on a container.
     *
     * <p>Required. CloudFormation property {@code ContainerPortRanges}.
     */
    public PortConfiguration containerPortRanges(List<ContainerPortRange> value) {
      return set("ContainerPortRanges", Value.listOf(value));
    }

    /** Sets {@code ContainerPortRanges} to this value; see {@link #containerPortRanges(List)}. */
    public PortConfiguration containerPortRanges(Value<List<ContainerPortRange>> value) {
      return set("ContainerPortRanges", value);
    }

    /**
     * Sets {@code ContainerPortRanges} to a list of these; see {@link #containerPortRanges(List)}.
     */
    public PortConfiguration containerPortRanges(ContainerPortRange... values) {
      return set("ContainerPortRanges", Value.list(values));
    }
  }

  /**
   * Describes a support container in a container group. A support container might be in a game
   * server container group or a per-instance container group. Support containers don't run game
   * server processes.
   *
   * <p>You can update a support container definition and deploy the updates to an existing fleet.
   * When creating or updating a game server container group definition, use the property <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_GameServerContainerDefinitionInput.html">GameServerContainerDefinitionInput</a>
   * .
   *
   * <p><em>Part of:</em> <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_ContainerGroupDefinition.html">ContainerGroupDefinition</a>
   *
   * <p><em>Returned by:</em> <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_DescribeContainerGroupDefinition.html">DescribeContainerGroupDefinition</a>
   * , <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_ListContainerGroupDefinitions.html">ListContainerGroupDefinitions</a>
   * , <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_UpdateContainerGroupDefinition.html">UpdateContainerGroupDefinition</a>
   *
   * <p>Property type {@code AWS::GameLift::ContainerGroupDefinition.SupportContainerDefinition}.
   */
  public static final class SupportContainerDefinition extends Struct<SupportContainerDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::ContainerGroupDefinition.SupportContainerDefinition")
        .required("ContainerName", "ImageUri")
        .constrain("ContainerName", Constraint.of().pattern("^[a-zA-Z0-9-]+$").minLength(1).maxLength(128))
        .constrain("ImageUri", Constraint.of().pattern("^[a-zA-Z0-9-_\\.@\\/:]+$").minLength(1).maxLength(255))
        .constrain("MemoryHardLimitMebibytes", Constraint.of().minimum(4).maximum(1024000))
        .constrain("ResolvedImageDigest", Constraint.of().pattern("^sha256:[a-fA-F0-9]{64}$"))
        .constrain("Vcpu", Constraint.of().minimum(0.125).maximum(10))
        .build();

    public SupportContainerDefinition() {
      super(SCHEMA);
    }

    /**
     * The container definition identifier. Container names are unique within a container group
     * definition.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9-]+$}. CloudFormation
     * property {@code ContainerName}.
     */
    public SupportContainerDefinition containerName(String value) {
      return set("ContainerName", Value.of(value));
    }

    /** Sets {@code ContainerName} to this value; see {@link #containerName(String)}. */
    public SupportContainerDefinition containerName(Value<String> value) {
      return set("ContainerName", value);
    }

    /**
     * Indicates that the container relies on the status of other containers in the same container
     * group during its startup and shutdown sequences. A container might have dependencies on
     * multiple containers.
     *
     * <p>CloudFormation property {@code DependsOn}.
     */
    public SupportContainerDefinition dependsOn(List<ContainerDependency> value) {
      return set("DependsOn", Value.listOf(value));
    }

    /** Sets {@code DependsOn} to this value; see {@link #dependsOn(List)}. */
    public SupportContainerDefinition dependsOn(Value<List<ContainerDependency>> value) {
      return set("DependsOn", value);
    }

    /** Sets {@code DependsOn} to a list of these; see {@link #dependsOn(List)}. */
    public SupportContainerDefinition dependsOn(ContainerDependency... values) {
      return set("DependsOn", Value.list(values));
    }

    /**
     * A set of environment variables that's passed to the container on startup. See the <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html#ECS-Type-ContainerDefinition-environment">ContainerDefinition::environment</a>
     * parameter in the <em>Amazon Elastic Container Service API Reference</em> .
     *
     * <p>CloudFormation property {@code EnvironmentOverride}.
     */
    public SupportContainerDefinition environmentOverride(List<ContainerEnvironment> value) {
      return set("EnvironmentOverride", Value.listOf(value));
    }

    /** Sets {@code EnvironmentOverride} to this value; see {@link #environmentOverride(List)}. */
    public SupportContainerDefinition environmentOverride(Value<List<ContainerEnvironment>> value) {
      return set("EnvironmentOverride", value);
    }

    /**
     * Sets {@code EnvironmentOverride} to a list of these; see {@link #environmentOverride(List)}.
     */
    public SupportContainerDefinition environmentOverride(ContainerEnvironment... values) {
      return set("EnvironmentOverride", Value.list(values));
    }

    /**
     * Indicates whether the container is vital to the container group. If an essential container
     * fails, the entire container group restarts.
     *
     * <p>CloudFormation property {@code Essential}.
     */
    public SupportContainerDefinition essential(boolean value) {
      return set("Essential", Value.of(value));
    }

    /** Sets {@code Essential} to this value; see {@link #essential(boolean)}. */
    public SupportContainerDefinition essential(Value<Boolean> value) {
      return set("Essential", value);
    }

    /**
     * A configuration for a non-terminal health check. A support container automatically restarts
     * if it stops functioning or if it fails this health check.
     *
     * <p>CloudFormation property {@code HealthCheck}.
     */
    public SupportContainerDefinition healthCheck(Value<ContainerHealthCheck> value) {
      return set("HealthCheck", value);
    }

    /**
     * The URI to the image that Amazon GameLift Servers deploys to a container fleet. For a more
     * specific identifier, see <code>ResolvedImageDigest</code> .
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code
     * ^[a-zA-Z0-9-_&#92;.&#64;&#92;/:]+$}. CloudFormation property {@code ImageUri}.
     */
    public SupportContainerDefinition imageUri(String value) {
      return set("ImageUri", Value.of(value));
    }

    /** Sets {@code ImageUri} to this value; see {@link #imageUri(String)}. */
    public SupportContainerDefinition imageUri(Value<String> value) {
      return set("ImageUri", value);
    }

    /**
     * A set of Linux capabilities that are added to a container's default Docker configuration. For
     * more detailed information, see the capabilities(7) Linux manual page.
     *
     * <p>CloudFormation property {@code LinuxCapabilities}.
     */
    public SupportContainerDefinition linuxCapabilities(Value<LinuxCapabilities> value) {
      return set("LinuxCapabilities", value);
    }

    /**
     * The amount of memory that Amazon GameLift Servers makes available to the container. If memory
     * limits aren't set for an individual container, the container shares the container group's
     * total memory allocation.
     *
     * <p><em>Related data type:</em> <a
     * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_ContainerGroupDefinition.html">ContainerGroupDefinition
     * TotalMemoryLimitMebibytes</a>
     *
     * <p>Range: 4 to 1024000. CloudFormation property {@code MemoryHardLimitMebibytes}.
     */
    public SupportContainerDefinition memoryHardLimitMebibytes(int value) {
      return set("MemoryHardLimitMebibytes", Value.of(value));
    }

    /**
     * Sets {@code MemoryHardLimitMebibytes} to this value; see {@link
     * #memoryHardLimitMebibytes(int)}.
     */
    public SupportContainerDefinition memoryHardLimitMebibytes(Value<Integer> value) {
      return set("MemoryHardLimitMebibytes", value);
    }

    /**
     * A mount point that binds a path inside the container to a file or directory on the host
     * system and lets it access the file or directory.
     *
     * <p>CloudFormation property {@code MountPoints}.
     */
    public SupportContainerDefinition mountPoints(List<ContainerMountPoint> value) {
      return set("MountPoints", Value.listOf(value));
    }

    /** Sets {@code MountPoints} to this value; see {@link #mountPoints(List)}. */
    public SupportContainerDefinition mountPoints(Value<List<ContainerMountPoint>> value) {
      return set("MountPoints", value);
    }

    /** Sets {@code MountPoints} to a list of these; see {@link #mountPoints(List)}. */
    public SupportContainerDefinition mountPoints(ContainerMountPoint... values) {
      return set("MountPoints", Value.list(values));
    }

    /**
     * A set of ports that allow access to the container from external users. Processes running in
     * the container can bind to a one of these ports. Container ports aren't directly accessed by
     * inbound traffic. Amazon GameLift Servers maps these container ports to externally accessible
     * connection ports, which are assigned as needed from the container fleet's
     * <code>ConnectionPortRange</code> .
     *
     * <p>CloudFormation property {@code PortConfiguration}.
     */
    public SupportContainerDefinition portConfiguration(Value<PortConfiguration> value) {
      return set("PortConfiguration", value);
    }

    /**
     * A unique and immutable identifier for the container image. The digest is a SHA 256 hash of
     * the container image manifest.
     *
     * <p>Pattern: {@code ^sha256:[a-fA-F0-9]{64}$}. CloudFormation property {@code
     * ResolvedImageDigest}.
     */
    public SupportContainerDefinition resolvedImageDigest(String value) {
      return set("ResolvedImageDigest", Value.of(value));
    }

    /** Sets {@code ResolvedImageDigest} to this value; see {@link #resolvedImageDigest(String)}. */
    public SupportContainerDefinition resolvedImageDigest(Value<String> value) {
      return set("ResolvedImageDigest", value);
    }

    /**
     * The number of vCPU units that are reserved for the container. If no resources are reserved,
     * the container shares the total vCPU limit for the container group.
     *
     * <p><em>Related data type:</em> <a
     * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_ContainerGroupDefinition.html">ContainerGroupDefinition
     * TotalVcpuLimit</a>
     *
     * <p>Range: 0.125 to 10. CloudFormation property {@code Vcpu}.
     */
    public SupportContainerDefinition vcpu(double value) {
      return set("Vcpu", Value.of(value));
    }

    /** Sets {@code Vcpu} to this value; see {@link #vcpu(double)}. */
    public SupportContainerDefinition vcpu(Value<Double> value) {
      return set("Vcpu", value);
    }
  }
}
