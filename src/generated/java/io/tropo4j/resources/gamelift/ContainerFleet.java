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
 * Describes an Amazon GameLift Servers managed container fleet.
 *
 * <p>CloudFormation type {@code AWS::GameLift::ContainerFleet}.
 */
public final class ContainerFleet extends Resource<ContainerFleet> {
  private static final Schema SCHEMA = Schema.builder("AWS::GameLift::ContainerFleet")
      .required("FleetRoleArn")
      .allowed("BillingType", "ON_DEMAND", "SPOT")
      .constrain("Description", Constraint.of().minLength(1).maxLength(1024))
      .constrain("FleetRoleArn", Constraint.of().pattern("^arn:aws(-.*)?:[a-z-]+:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$").minLength(1).maxLength(256).format("AWS::IAM::Role.Arn"))
      .constrain("GameServerContainerGroupDefinitionName", Constraint.of().pattern("^[a-zA-Z0-9\\-]+$|^arn:.*:containergroupdefinition\\/[a-zA-Z0-9\\-]+(:[0-9]+)?$").minLength(1).maxLength(512))
      .constrain("GameServerContainerGroupsPerInstance", Constraint.of().minimum(1).maximum(5000))
      .constrain("InstanceType", Constraint.of().minLength(1).maxLength(1024))
      .constrain("MetricGroups", Constraint.of().minLength(1).maxLength(255))
      .allowed("NewGameSessionProtectionPolicy", "FullProtection", "NoProtection")
      .constrain("PerInstanceContainerGroupDefinitionName", Constraint.of().pattern("^[a-zA-Z0-9\\-]+$|^arn:.*:containergroupdefinition\\/[a-zA-Z0-9\\-]+(:[0-9]+)?$").minLength(1).maxLength(512))
      .allowed("PlayerGatewayMode", "DISABLED", "ENABLED", "REQUIRED")
      .refYields("FleetId")
      .attributes("CreationTime", "DeploymentDetails", "FleetArn", "FleetId",
          "GameServerContainerGroupDefinitionArn", "MaximumGameServerContainerGroupsPerInstance",
          "PerInstanceContainerGroupDefinitionArn", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ContainerFleet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Indicates whether the fleet uses On-Demand or Spot instances for this fleet. Learn more about
   * when to use <a
   * href="https://docs.aws.amazon.com/gamelift/latest/developerguide/gamelift-ec2-instances.html#gamelift-ec2-instances-spot">On-Demand
   * versus Spot Instances</a> . You can't update this fleet property.
   *
   * <p>By default, this property is set to <code>ON_DEMAND</code> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code ON_DEMAND}, {@code SPOT}.
   * CloudFormation property {@code BillingType}.
   */
  public ContainerFleet billingType(String value) {
    return set("BillingType", Value.of(value));
  }

  /** Sets {@code BillingType} to this value; see {@link #billingType(String)}. */
  public ContainerFleet billingType(Value<String> value) {
    return set("BillingType", value);
  }

  /**
   * Set of rules for processing a deployment for a container fleet update.
   *
   * <p>CloudFormation property {@code DeploymentConfiguration}.
   */
  public ContainerFleet deploymentConfiguration(Value<DeploymentConfiguration> value) {
    return set("DeploymentConfiguration", value);
  }

  /**
   * A meaningful description of the container fleet.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code Description}.
   */
  public ContainerFleet description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ContainerFleet description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The unique identifier for an AWS Identity and Access Management (IAM) role with permissions to
   * run your containers on resources that are managed by Amazon GameLift Servers. See <a
   * href="https://docs.aws.amazon.com/gamelift/latest/developerguide/setting-up-role.html">Set up
   * an IAM service role</a> . This fleet property can't be changed.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code
   * ^arn:aws(-.*)?:[a-z-]+:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code FleetRoleArn}.
   */
  public ContainerFleet fleetRoleArn(String value) {
    return set("FleetRoleArn", Value.of(value));
  }

  /** Sets {@code FleetRoleArn} to this value; see {@link #fleetRoleArn(String)}. */
  public ContainerFleet fleetRoleArn(Value<String> value) {
    return set("FleetRoleArn", value);
  }

  /**
   * The name of the fleet's game server container group definition, which describes how to deploy
   * containers with your game server build and support software onto each fleet instance.
   *
   * <p>Length: 1 to 512 characters. Pattern: {@code
   * ^[a-zA-Z0-9&#92;-]+$|^arn:.*:containergroupdefinition&#92;/[a-zA-Z0-9&#92;-]+(:[0-9]+)?$}.
   * CloudFormation property {@code GameServerContainerGroupDefinitionName}.
   */
  public ContainerFleet gameServerContainerGroupDefinitionName(String value) {
    return set("GameServerContainerGroupDefinitionName", Value.of(value));
  }

  /**
   * Sets {@code GameServerContainerGroupDefinitionName} to this value; see {@link
   * #gameServerContainerGroupDefinitionName(String)}.
   */
  public ContainerFleet gameServerContainerGroupDefinitionName(Value<String> value) {
    return set("GameServerContainerGroupDefinitionName", value);
  }

  /**
   * The number of times to replicate the game server container group on each fleet instance.
   *
   * <p>Range: 1 to 5000. CloudFormation property {@code GameServerContainerGroupsPerInstance}.
   */
  public ContainerFleet gameServerContainerGroupsPerInstance(int value) {
    return set("GameServerContainerGroupsPerInstance", Value.of(value));
  }

  /**
   * Sets {@code GameServerContainerGroupsPerInstance} to this value; see {@link
   * #gameServerContainerGroupsPerInstance(int)}.
   */
  public ContainerFleet gameServerContainerGroupsPerInstance(Value<Integer> value) {
    return set("GameServerContainerGroupsPerInstance", value);
  }

  /**
   * A policy that limits the number of game sessions that each individual player can create on
   * instances in this fleet. The limit applies for a specified span of time.
   *
   * <p>CloudFormation property {@code GameSessionCreationLimitPolicy}.
   */
  public ContainerFleet gameSessionCreationLimitPolicy(Value<GameSessionCreationLimitPolicy> value) {
    return set("GameSessionCreationLimitPolicy", value);
  }

  /**
   * The set of port numbers to open on each instance in a container fleet. Connection ports are
   * used by inbound traffic to connect with processes that are running in containers on the fleet.
   *
   * <p>CloudFormation property {@code InstanceConnectionPortRange}.
   */
  public ContainerFleet instanceConnectionPortRange(Value<ConnectionPortRange> value) {
    return set("InstanceConnectionPortRange", value);
  }

  /**
   * The IP address ranges and port settings that allow inbound traffic to access game server
   * processes and other processes on this fleet.
   *
   * <p>CloudFormation property {@code InstanceInboundPermissions}.
   */
  public ContainerFleet instanceInboundPermissions(List<IpPermission> value) {
    return set("InstanceInboundPermissions", Value.listOf(value));
  }

  /**
   * Sets {@code InstanceInboundPermissions} to this value; see {@link
   * #instanceInboundPermissions(List)}.
   */
  public ContainerFleet instanceInboundPermissions(Value<List<IpPermission>> value) {
    return set("InstanceInboundPermissions", value);
  }

  /**
   * Sets {@code InstanceInboundPermissions} to a list of these; see {@link
   * #instanceInboundPermissions(List)}.
   */
  public ContainerFleet instanceInboundPermissions(IpPermission... values) {
    return set("InstanceInboundPermissions", Value.list(values));
  }

  /**
   * The Amazon EC2 instance type to use for all instances in the fleet. Instance type determines
   * the computing resources and processing power that's available to host your game servers. This
   * includes including CPU, memory, storage, and networking capacity. You can't update this fleet
   * property.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation property
   * {@code InstanceType}.
   */
  public ContainerFleet instanceType(String value) {
    return set("InstanceType", Value.of(value));
  }

  /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
  public ContainerFleet instanceType(Value<String> value) {
    return set("InstanceType", value);
  }

  /** CloudFormation property {@code Locations}. */
  public ContainerFleet locations(List<LocationConfiguration> value) {
    return set("Locations", Value.listOf(value));
  }

  /** Sets {@code Locations} to this value; see {@link #locations(List)}. */
  public ContainerFleet locations(Value<List<LocationConfiguration>> value) {
    return set("Locations", value);
  }

  /** Sets {@code Locations} to a list of these; see {@link #locations(List)}. */
  public ContainerFleet locations(LocationConfiguration... values) {
    return set("Locations", Value.list(values));
  }

  /**
   * The method that is used to collect container logs for the fleet. Amazon GameLift Servers saves
   * all standard output for each container in logs, including game session logs.
   *
   * <ul> <li><code>CLOUDWATCH</code> -- Send logs to an Amazon CloudWatch log group that you
   * define. Each container emits a log stream, which is organized in the log group.
   * <li><code>S3</code> -- Store logs in an Amazon S3 bucket that you define. <li><code>NONE</code>
   * -- Don't collect container logs. </ul>
   *
   * <p>CloudFormation property {@code LogConfiguration}.
   */
  public ContainerFleet logConfiguration(Value<LogConfiguration> value) {
    return set("LogConfiguration", value);
  }

  /**
   * The name of an AWS CloudWatch metric group to add this fleet to. Metric groups aggregate
   * metrics for multiple fleets.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code MetricGroups}.
   */
  public ContainerFleet metricGroups(List<String> value) {
    return set("MetricGroups", Value.listOf(value));
  }

  /** Sets {@code MetricGroups} to this value; see {@link #metricGroups(List)}. */
  public ContainerFleet metricGroups(Value<List<String>> value) {
    return set("MetricGroups", value);
  }

  /**
   * Determines whether Amazon GameLift Servers can shut down game sessions on the fleet that are
   * actively running and hosting players. Amazon GameLift Servers might prompt an instance shutdown
   * when scaling down fleet capacity or when retiring unhealthy instances. You can also set game
   * session protection for individual game sessions using <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_UpdateGameSession.html">UpdateGameSession</a>
   * .
   *
   * <ul> <li><em>NoProtection</em> -- Game sessions can be shut down during active gameplay.
   * <li><em>FullProtection</em> -- Game sessions in <code>ACTIVE</code> status can't be shut down.
   * </ul>
   *
   * <p>Allowed values: {@code FullProtection}, {@code NoProtection}. CloudFormation property {@code
   * NewGameSessionProtectionPolicy}.
   */
  public ContainerFleet newGameSessionProtectionPolicy(String value) {
    return set("NewGameSessionProtectionPolicy", Value.of(value));
  }

  /**
   * Sets {@code NewGameSessionProtectionPolicy} to this value; see {@link
   * #newGameSessionProtectionPolicy(String)}.
   */
  public ContainerFleet newGameSessionProtectionPolicy(Value<String> value) {
    return set("NewGameSessionProtectionPolicy", value);
  }

  /**
   * The name of the fleet's per-instance container group definition.
   *
   * <p>Length: 1 to 512 characters. Pattern: {@code
   * ^[a-zA-Z0-9&#92;-]+$|^arn:.*:containergroupdefinition&#92;/[a-zA-Z0-9&#92;-]+(:[0-9]+)?$}.
   * CloudFormation property {@code PerInstanceContainerGroupDefinitionName}.
   */
  public ContainerFleet perInstanceContainerGroupDefinitionName(String value) {
    return set("PerInstanceContainerGroupDefinitionName", Value.of(value));
  }

  /**
   * Sets {@code PerInstanceContainerGroupDefinitionName} to this value; see {@link
   * #perInstanceContainerGroupDefinitionName(String)}.
   */
  public ContainerFleet perInstanceContainerGroupDefinitionName(Value<String> value) {
    return set("PerInstanceContainerGroupDefinitionName", value);
  }

  /**
   * The player gateway mode for the container fleet.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code DISABLED}, {@code ENABLED}, {@code
   * REQUIRED}. CloudFormation property {@code PlayerGatewayMode}.
   */
  public ContainerFleet playerGatewayMode(String value) {
    return set("PlayerGatewayMode", Value.of(value));
  }

  /** Sets {@code PlayerGatewayMode} to this value; see {@link #playerGatewayMode(String)}. */
  public ContainerFleet playerGatewayMode(Value<String> value) {
    return set("PlayerGatewayMode", value);
  }

  /**
   * A list of rules that control how a fleet is scaled.
   *
   * <p>CloudFormation property {@code ScalingPolicies}.
   */
  public ContainerFleet scalingPolicies(List<ScalingPolicy> value) {
    return set("ScalingPolicies", Value.listOf(value));
  }

  /** Sets {@code ScalingPolicies} to this value; see {@link #scalingPolicies(List)}. */
  public ContainerFleet scalingPolicies(Value<List<ScalingPolicy>> value) {
    return set("ScalingPolicies", value);
  }

  /** Sets {@code ScalingPolicies} to a list of these; see {@link #scalingPolicies(List)}. */
  public ContainerFleet scalingPolicies(ScalingPolicy... values) {
    return set("ScalingPolicies", Value.list(values));
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ContainerFleet tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ContainerFleet tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ContainerFleet tags(Tags tags) {
    return set("Tags", tags);
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
   * Provides information about the last deployment ID and its status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DeploymentDetails}.
   */
  public Value<DeploymentDetails> deploymentDetails() {
    return getAtt("DeploymentDetails");
  }

  /**
   * The Amazon Resource Name ( <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/s3-arn-format.html">ARN</a> ) that is
   * assigned to a Amazon GameLift Servers fleet resource and uniquely identifies it. ARNs are
   * unique across all Regions. Format is
   * <code>arn:aws:gamelift:&lt;region&gt;::fleet/fleet-a1234567-b8c9-0d1e-2fa3-b45c6d7e8912</code>
   * . In a GameLift fleet ARN, the resource ID matches the <code>FleetId</code> value.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FleetArn}.
   */
  public Value<String> fleetArn() {
    return getAtt("FleetArn");
  }

  /**
   * A unique identifier for the container fleet to retrieve.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FleetId}.
   */
  public Value<String> fleetId() {
    return getAtt("FleetId");
  }

  /**
   * The Amazon Resource Name ( <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/s3-arn-format.html">ARN</a> ) that is
   * assigned to the fleet's game server container group. The ARN value also identifies the specific
   * container group definition version in use.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GameServerContainerGroupDefinitionArn}.
   */
  public Value<String> gameServerContainerGroupDefinitionArn() {
    return getAtt("GameServerContainerGroupDefinitionArn");
  }

  /**
   * The calculated maximum number of game server container group that can be deployed on each fleet
   * instance. The calculation depends on the resource needs of the container group and the CPU and
   * memory resources of the fleet's instance type.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MaximumGameServerContainerGroupsPerInstance}.
   */
  public Value<Integer> maximumGameServerContainerGroupsPerInstance() {
    return getAtt("MaximumGameServerContainerGroupsPerInstance");
  }

  /**
   * The Amazon Resource Name ( <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/s3-arn-format.html">ARN</a> ) that is
   * assigned to the fleet's per-instance container group. The ARN value also identifies the
   * specific container group definition version in use.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PerInstanceContainerGroupDefinitionArn}.
   */
  public Value<String> perInstanceContainerGroupDefinitionArn() {
    return getAtt("PerInstanceContainerGroupDefinitionArn");
  }

  /**
   * The current status of the container fleet.
   *
   * <ul> <li><code>PENDING</code> -- A new container fleet has been requested.
   * <li><code>CREATING</code> -- A new container fleet resource is being created.
   * <li><code>CREATED</code> -- A new container fleet resource has been created. No fleet instances
   * have been deployed. <li><code>ACTIVATING</code> -- New container fleet instances are being
   * deployed. <li><code>ACTIVE</code> -- The container fleet has been deployed and is ready to host
   * game sessions. <li><code>UPDATING</code> -- Updates to the container fleet is being updated. A
   * deployment is in progress. </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The set of port numbers to open on each instance in a container fleet. Connection ports are
   * used by inbound traffic to connect with processes that are running in containers on the fleet.
   *
   * <p>Property type {@code AWS::GameLift::ContainerFleet.ConnectionPortRange}.
   */
  public static final class ConnectionPortRange extends Struct<ConnectionPortRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::ContainerFleet.ConnectionPortRange")
        .required("FromPort", "ToPort")
        .constrain("FromPort", Constraint.of().minimum(1).maximum(60000))
        .constrain("ToPort", Constraint.of().minimum(1).maximum(60000))
        .build();

    public ConnectionPortRange() {
      super(SCHEMA);
    }

    /**
     * Starting value for the port range.
     *
     * <p>Required. Range: 1 to 60000. CloudFormation property {@code FromPort}.
     */
    public ConnectionPortRange fromPort(int value) {
      return set("FromPort", Value.of(value));
    }

    /** Sets {@code FromPort} to this value; see {@link #fromPort(int)}. */
    public ConnectionPortRange fromPort(Value<Integer> value) {
      return set("FromPort", value);
    }

    /**
     * Ending value for the port. Port numbers are end-inclusive. This value must be equal to or
     * greater than <code>FromPort</code> .
     *
     * <p>Required. Range: 1 to 60000. CloudFormation property {@code ToPort}.
     */
    public ConnectionPortRange toPort(int value) {
      return set("ToPort", Value.of(value));
    }

    /** Sets {@code ToPort} to this value; see {@link #toPort(int)}. */
    public ConnectionPortRange toPort(Value<Integer> value) {
      return set("ToPort", value);
    }
  }

  /**
   * Set of rules for processing a deployment for a container fleet update.
   *
   * <p>Property type {@code AWS::GameLift::ContainerFleet.DeploymentConfiguration}.
   */
  public static final class DeploymentConfiguration extends Struct<DeploymentConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::ContainerFleet.DeploymentConfiguration")
        .allowed("ImpairmentStrategy", "MAINTAIN", "ROLLBACK")
        .constrain("MinimumHealthyPercentage", Constraint.of().minimum(30).maximum(75))
        .allowed("ProtectionStrategy", "WITH_PROTECTION", "IGNORE_PROTECTION")
        .build();

    public DeploymentConfiguration() {
      super(SCHEMA);
    }

    /**
     * Determines what actions to take if a deployment fails. If the fleet is multi-location, this
     * strategy applies across all fleet locations. With a rollback strategy, updated fleet
     * instances are rolled back to the last successful deployment. Alternatively, you can maintain
     * a few impaired containers for the purpose of debugging, while all other tasks return to the
     * last successful deployment.
     *
     * <p>Allowed values: {@code MAINTAIN}, {@code ROLLBACK}. CloudFormation property {@code
     * ImpairmentStrategy}.
     */
    public DeploymentConfiguration impairmentStrategy(String value) {
      return set("ImpairmentStrategy", Value.of(value));
    }

    /** Sets {@code ImpairmentStrategy} to this value; see {@link #impairmentStrategy(String)}. */
    public DeploymentConfiguration impairmentStrategy(Value<String> value) {
      return set("ImpairmentStrategy", value);
    }

    /**
     * Sets a minimum level of healthy tasks to maintain during deployment activity.
     *
     * <p>Range: 30 to 75. CloudFormation property {@code MinimumHealthyPercentage}.
     */
    public DeploymentConfiguration minimumHealthyPercentage(int value) {
      return set("MinimumHealthyPercentage", Value.of(value));
    }

    /**
     * Sets {@code MinimumHealthyPercentage} to this value; see {@link
     * #minimumHealthyPercentage(int)}.
     */
    public DeploymentConfiguration minimumHealthyPercentage(Value<Integer> value) {
      return set("MinimumHealthyPercentage", value);
    }

    /**
     * Determines how fleet deployment activity affects active game sessions on the fleet. With
     * protection, a deployment honors game session protection, and delays actions that would
     * interrupt a protected active game session until the game session ends. Without protection,
     * deployment activity can shut down all running tasks, including active game sessions,
     * regardless of game session protection.
     *
     * <p>Allowed values: {@code WITH_PROTECTION}, {@code IGNORE_PROTECTION}. CloudFormation
     * property {@code ProtectionStrategy}.
     */
    public DeploymentConfiguration protectionStrategy(String value) {
      return set("ProtectionStrategy", Value.of(value));
    }

    /** Sets {@code ProtectionStrategy} to this value; see {@link #protectionStrategy(String)}. */
    public DeploymentConfiguration protectionStrategy(Value<String> value) {
      return set("ProtectionStrategy", value);
    }
  }

  /**
   * Information about the most recent deployment for the container fleet.
   *
   * <p>Property type {@code AWS::GameLift::ContainerFleet.DeploymentDetails}.
   */
  public static final class DeploymentDetails extends Struct<DeploymentDetails> {
    private static final Schema SCHEMA = Schema.of("AWS::GameLift::ContainerFleet.DeploymentDetails");

    public DeploymentDetails() {
      super(SCHEMA);
    }

    /**
     * A unique identifier for a fleet deployment.
     *
     * <p>CloudFormation property {@code LatestDeploymentId}.
     */
    public DeploymentDetails latestDeploymentId(String value) {
      return set("LatestDeploymentId", Value.of(value));
    }

    /** Sets {@code LatestDeploymentId} to this value; see {@link #latestDeploymentId(String)}. */
    public DeploymentDetails latestDeploymentId(Value<String> value) {
      return set("LatestDeploymentId", value);
    }
  }

  /**
   * A policy that puts limits on the number of game sessions that a player can create within a
   * specified span of time. With this policy, you can control players' ability to consume available
   * resources.
   *
   * <p>The policy is evaluated when a player tries to create a new game session. On receiving a
   * <code>CreateGameSession</code> request, Amazon GameLift Servers checks that the player
   * (identified by <code>CreatorId</code> ) has created fewer than game session limit in the
   * specified time period.
   *
   * <p>Property type {@code AWS::GameLift::ContainerFleet.GameSessionCreationLimitPolicy}.
   */
  public static final class GameSessionCreationLimitPolicy extends Struct<GameSessionCreationLimitPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::ContainerFleet.GameSessionCreationLimitPolicy")
        .constrain("NewGameSessionsPerCreator", Constraint.of().minimum(0))
        .constrain("PolicyPeriodInMinutes", Constraint.of().minimum(0))
        .build();

    public GameSessionCreationLimitPolicy() {
      super(SCHEMA);
    }

    /**
     * A policy that puts limits on the number of game sessions that a player can create within a
     * specified span of time. With this policy, you can control players' ability to consume
     * available resources.
     *
     * <p>The policy evaluates when a player tries to create a new game session. On receiving a
     * <code>CreateGameSession</code> request, Amazon GameLift Servers checks that the player
     * (identified by <code>CreatorId</code> ) has created fewer than game session limit in the
     * specified time period.
     *
     * <p>Range: at least 0. CloudFormation property {@code NewGameSessionsPerCreator}.
     */
    public GameSessionCreationLimitPolicy newGameSessionsPerCreator(int value) {
      return set("NewGameSessionsPerCreator", Value.of(value));
    }

    /**
     * Sets {@code NewGameSessionsPerCreator} to this value; see {@link
     * #newGameSessionsPerCreator(int)}.
     */
    public GameSessionCreationLimitPolicy newGameSessionsPerCreator(Value<Integer> value) {
      return set("NewGameSessionsPerCreator", value);
    }

    /**
     * The time span used in evaluating the resource creation limit policy.
     *
     * <p>Range: at least 0. CloudFormation property {@code PolicyPeriodInMinutes}.
     */
    public GameSessionCreationLimitPolicy policyPeriodInMinutes(int value) {
      return set("PolicyPeriodInMinutes", Value.of(value));
    }

    /**
     * Sets {@code PolicyPeriodInMinutes} to this value; see {@link #policyPeriodInMinutes(int)}.
     */
    public GameSessionCreationLimitPolicy policyPeriodInMinutes(Value<Integer> value) {
      return set("PolicyPeriodInMinutes", value);
    }
  }

  /**
   * A range of IP addresses and port settings that allow inbound traffic to connect to processes on
   * an instance in a fleet. Processes are assigned an IP address/port number combination, which
   * must fall into the fleet's allowed ranges.
   *
   * <p>For Amazon GameLift Servers Realtime fleets, Amazon GameLift Servers automatically opens two
   * port ranges, one for TCP messaging and one for UDP.
   *
   * <p>Property type {@code AWS::GameLift::ContainerFleet.IpPermission}.
   */
  public static final class IpPermission extends Struct<IpPermission> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::ContainerFleet.IpPermission")
        .required("FromPort", "IpRange", "Protocol", "ToPort")
        .constrain("FromPort", Constraint.of().minimum(1).maximum(60000))
        .constrain("IpRange", Constraint.of().pattern("(^(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])(/([0-9]|[1-2][0-9]|3[0-2]))$)"))
        .allowed("Protocol", "TCP", "UDP")
        .constrain("ToPort", Constraint.of().minimum(1).maximum(60000))
        .build();

    public IpPermission() {
      super(SCHEMA);
    }

    /**
     * A starting value for a range of allowed port numbers.
     *
     * <p>For fleets using Linux builds, only ports <code>22</code> and <code>1026-60000</code> are
     * valid.
     *
     * <p>For fleets using Windows builds, only ports <code>1026-60000</code> are valid.
     *
     * <p>Required. Range: 1 to 60000. CloudFormation property {@code FromPort}.
     */
    public IpPermission fromPort(int value) {
      return set("FromPort", Value.of(value));
    }

    /** Sets {@code FromPort} to this value; see {@link #fromPort(int)}. */
    public IpPermission fromPort(Value<Integer> value) {
      return set("FromPort", value);
    }

    /**
     * A range of allowed IP addresses. This value must be expressed in CIDR notation. Example: "
     * <code>000.000.000.000/[subnet mask]</code> " or optionally the shortened version "
     * <code>0.0.0.0/[subnet mask]</code> ".
     *
     * <p>Required. Pattern: {@code
     * (^(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])&#92;.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])(/([0-9]|[1-2][0-9]|3[0-2]))$)}.
     * CloudFormation property {@code IpRange}.
     */
    public IpPermission ipRange(String value) {
      return set("IpRange", Value.of(value));
    }

    /** Sets {@code IpRange} to this value; see {@link #ipRange(String)}. */
    public IpPermission ipRange(Value<String> value) {
      return set("IpRange", value);
    }

    /**
     * The network communication protocol used by the fleet.
     *
     * <p>Required. Allowed values: {@code TCP}, {@code UDP}. CloudFormation property {@code
     * Protocol}.
     */
    public IpPermission protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public IpPermission protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * An ending value for a range of allowed port numbers. Port numbers are end-inclusive. This
     * value must be equal to or greater than <code>FromPort</code> .
     *
     * <p>For fleets using Linux builds, only ports <code>22</code> and <code>1026-60000</code> are
     * valid.
     *
     * <p>For fleets using Windows builds, only ports <code>1026-60000</code> are valid.
     *
     * <p>Required. Range: 1 to 60000. CloudFormation property {@code ToPort}.
     */
    public IpPermission toPort(int value) {
      return set("ToPort", Value.of(value));
    }

    /** Sets {@code ToPort} to this value; see {@link #toPort(int)}. */
    public IpPermission toPort(Value<Integer> value) {
      return set("ToPort", value);
    }
  }

  /**
   * Current resource capacity settings in a specified fleet or location. The location value might
   * refer to a fleet's remote location or its home Region.
   *
   * <p>Property type {@code AWS::GameLift::ContainerFleet.LocationCapacity}.
   */
  public static final class LocationCapacity extends Struct<LocationCapacity> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::ContainerFleet.LocationCapacity")
        .required("MaxSize")
        .constrain("DesiredEC2Instances", Constraint.of().minimum(0))
        .constrain("MaxSize", Constraint.of().minimum(0))
        .constrain("MinSize", Constraint.of().minimum(0))
        .build();

    public LocationCapacity() {
      super(SCHEMA);
    }

    /**
     * Defaults to MinSize if not defined. The number of EC2 instances you want to maintain in the
     * specified fleet location. This value must fall between the minimum and maximum size limits.
     * If any auto-scaling policy is defined for the container fleet, the desired instance will only
     * be applied once during fleet creation and will be ignored in updates to avoid conflicts with
     * auto-scaling. During updates with any auto-scaling policy defined, if current desired
     * instance is lower than the new MinSize, it will be increased to the new MinSize; if current
     * desired instance is larger than the new MaxSize, it will be decreased to the new MaxSize.
     *
     * <p>Range: at least 0. CloudFormation property {@code DesiredEC2Instances}.
     */
    public LocationCapacity desiredEC2Instances(int value) {
      return set("DesiredEC2Instances", Value.of(value));
    }

    /** Sets {@code DesiredEC2Instances} to this value; see {@link #desiredEC2Instances(int)}. */
    public LocationCapacity desiredEC2Instances(Value<Integer> value) {
      return set("DesiredEC2Instances", value);
    }

    /**
     * Configuration options for Amazon GameLift Servers managed capacity behavior.
     *
     * <p>CloudFormation property {@code ManagedCapacityConfiguration}.
     */
    public LocationCapacity managedCapacityConfiguration(Value<ManagedCapacityConfiguration> value) {
      return set("ManagedCapacityConfiguration", value);
    }

    /**
     * The maximum value that is allowed for the fleet's instance count for a location.
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code MaxSize}.
     */
    public LocationCapacity maxSize(int value) {
      return set("MaxSize", Value.of(value));
    }

    /** Sets {@code MaxSize} to this value; see {@link #maxSize(int)}. */
    public LocationCapacity maxSize(Value<Integer> value) {
      return set("MaxSize", value);
    }

    /**
     * The minimum value allowed for the fleet's instance count for a location.
     *
     * <p>Range: at least 0. CloudFormation property {@code MinSize}.
     */
    public LocationCapacity minSize(int value) {
      return set("MinSize", Value.of(value));
    }

    /** Sets {@code MinSize} to this value; see {@link #minSize(int)}. */
    public LocationCapacity minSize(Value<Integer> value) {
      return set("MinSize", value);
    }
  }

  /**
   * A remote location where a multi-location fleet can deploy game servers for game hosting.
   *
   * <p>Property type {@code AWS::GameLift::ContainerFleet.LocationConfiguration}.
   */
  public static final class LocationConfiguration extends Struct<LocationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::ContainerFleet.LocationConfiguration")
        .required("Location")
        .constrain("Location", Constraint.of().pattern("^[A-Za-z0-9\\-]+").minLength(1).maxLength(64))
        .allowed("PlayerGatewayStatus", "DISABLED", "ENABLED")
        .allowed("StoppedActions", "AUTO_SCALING")
        .build();

    public LocationConfiguration() {
      super(SCHEMA);
    }

    /**
     * An AWS Region code, such as <code>us-west-2</code> . For a list of supported Regions and
     * Local Zones, see <a
     * href="https://docs.aws.amazon.com/gamelift/latest/developerguide/gamelift-regions.html">Amazon
     * GameLift Servers service locations</a> for managed hosting.
     *
     * <p>Required. Length: 1 to 64 characters. Pattern: {@code ^[A-Za-z0-9&#92;-]+}. CloudFormation
     * property {@code Location}.
     */
    public LocationConfiguration location(String value) {
      return set("Location", Value.of(value));
    }

    /** Sets {@code Location} to this value; see {@link #location(String)}. */
    public LocationConfiguration location(Value<String> value) {
      return set("Location", value);
    }

    /**
     * Current resource capacity settings in a specified fleet or location. The location value might
     * refer to a fleet's remote location or its home Region.
     *
     * <p>CloudFormation property {@code LocationCapacity}.
     */
    public LocationConfiguration locationCapacity(Value<LocationCapacity> value) {
      return set("LocationCapacity", value);
    }

    /**
     * The player gateway status for the location.
     *
     * <p>Allowed values: {@code DISABLED}, {@code ENABLED}. CloudFormation property {@code
     * PlayerGatewayStatus}.
     */
    public LocationConfiguration playerGatewayStatus(String value) {
      return set("PlayerGatewayStatus", Value.of(value));
    }

    /** Sets {@code PlayerGatewayStatus} to this value; see {@link #playerGatewayStatus(String)}. */
    public LocationConfiguration playerGatewayStatus(Value<String> value) {
      return set("PlayerGatewayStatus", value);
    }

    /**
     * A list of fleet actions that have been suspended in the fleet location.
     *
     * <p>Allowed values: {@code AUTO_SCALING}. CloudFormation property {@code StoppedActions}.
     */
    public LocationConfiguration stoppedActions(List<String> value) {
      return set("StoppedActions", Value.listOf(value));
    }

    /** Sets {@code StoppedActions} to this value; see {@link #stoppedActions(List)}. */
    public LocationConfiguration stoppedActions(Value<List<String>> value) {
      return set("StoppedActions", value);
    }
  }

  /**
   * A method for collecting container logs for the fleet. Amazon GameLift Servers saves all
   * standard output for each container in logs, including game session logs. You can select from
   * the following methods:
   *
   * <p>Property type {@code AWS::GameLift::ContainerFleet.LogConfiguration}.
   */
  public static final class LogConfiguration extends Struct<LogConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::ContainerFleet.LogConfiguration")
        .allowed("LogDestination", "NONE", "CLOUDWATCH", "S3")
        .constrain("LogGroupArn", Constraint.of().pattern("[a-zA-Z0-9:/\\-\\*]+").minLength(1).maxLength(512))
        .constrain("S3BucketName", Constraint.of().minLength(1).maxLength(1024).format("AWS::S3::Bucket.Name"))
        .build();

    public LogConfiguration() {
      super(SCHEMA);
    }

    /**
     * The type of log collection to use for a fleet.
     *
     * <ul> <li><code>CLOUDWATCH</code> -- (default value) Send logs to an Amazon CloudWatch log
     * group that you define. Each container emits a log stream, which is organized in the log
     * group. <li><code>S3</code> -- Store logs in an Amazon S3 bucket that you define. This bucket
     * must reside in the fleet's home AWS Region. <li><code>NONE</code> -- Don't collect container
     * logs. </ul>
     *
     * <p>Allowed values: {@code NONE}, {@code CLOUDWATCH}, {@code S3}. CloudFormation property
     * {@code LogDestination}.
     */
    public LogConfiguration logDestination(String value) {
      return set("LogDestination", Value.of(value));
    }

    /** Sets {@code LogDestination} to this value; see {@link #logDestination(String)}. */
    public LogConfiguration logDestination(Value<String> value) {
      return set("LogDestination", value);
    }

    /**
     * If log destination is <code>CLOUDWATCH</code> , logs are sent to the specified log group in
     * Amazon CloudWatch.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code [a-zA-Z0-9:/&#92;-&#92;*]+}. CloudFormation
     * property {@code LogGroupArn}.
     */
    public LogConfiguration logGroupArn(String value) {
      return set("LogGroupArn", Value.of(value));
    }

    /** Sets {@code LogGroupArn} to this value; see {@link #logGroupArn(String)}. */
    public LogConfiguration logGroupArn(Value<String> value) {
      return set("LogGroupArn", value);
    }

    /**
     * If log destination is <code>S3</code> , logs are sent to the specified Amazon S3 bucket name.
     *
     * <p>Length: 1 to 1024 characters. Format: {@code AWS::S3::Bucket.Name}. CloudFormation
     * property {@code S3BucketName}.
     */
    public LogConfiguration s3BucketName(String value) {
      return set("S3BucketName", Value.of(value));
    }

    /** Sets {@code S3BucketName} to this value; see {@link #s3BucketName(String)}. */
    public LogConfiguration s3BucketName(Value<String> value) {
      return set("S3BucketName", value);
    }
  }

  /**
   * Configuration options for Amazon GameLift Servers managed capacity behavior.
   *
   * <p>Property type {@code AWS::GameLift::ContainerFleet.ManagedCapacityConfiguration}.
   */
  public static final class ManagedCapacityConfiguration extends Struct<ManagedCapacityConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::ContainerFleet.ManagedCapacityConfiguration")
        .required("ZeroCapacityStrategy")
        .constrain("ScaleInAfterInactivityMinutes", Constraint.of().minimum(5).maximum(1440))
        .allowed("ZeroCapacityStrategy", "SCALE_TO_AND_FROM_ZERO", "MANUAL")
        .build();

    public ManagedCapacityConfiguration() {
      super(SCHEMA);
    }

    /**
     * Length of time, in minutes, that Amazon GameLift Servers will wait before scaling in your
     * MinSize and DesiredInstances to 0 after a period with no game session activity.
     *
     * <p>Range: 5 to 1440. CloudFormation property {@code ScaleInAfterInactivityMinutes}.
     */
    public ManagedCapacityConfiguration scaleInAfterInactivityMinutes(int value) {
      return set("ScaleInAfterInactivityMinutes", Value.of(value));
    }

    /**
     * Sets {@code ScaleInAfterInactivityMinutes} to this value; see {@link
     * #scaleInAfterInactivityMinutes(int)}.
     */
    public ManagedCapacityConfiguration scaleInAfterInactivityMinutes(Value<Integer> value) {
      return set("ScaleInAfterInactivityMinutes", value);
    }

    /**
     * The strategy Amazon GameLift Servers will use to automatically scale your capacity to and
     * from zero in response to game session activity. Game session activity refers to any active
     * running sessions or game session requests. When set to SCALE_TO_AND_FROM_ZERO, MinSize must
     * not be specified and will be managed automatically. When set to MANUAL, MinSize is required.
     *
     * <p>Required. Allowed values: {@code SCALE_TO_AND_FROM_ZERO}, {@code MANUAL}. CloudFormation
     * property {@code ZeroCapacityStrategy}.
     */
    public ManagedCapacityConfiguration zeroCapacityStrategy(String value) {
      return set("ZeroCapacityStrategy", Value.of(value));
    }

    /**
     * Sets {@code ZeroCapacityStrategy} to this value; see {@link #zeroCapacityStrategy(String)}.
     */
    public ManagedCapacityConfiguration zeroCapacityStrategy(Value<String> value) {
      return set("ZeroCapacityStrategy", value);
    }
  }

  /**
   * Rule that controls how a fleet is scaled. Scaling policies are uniquely identified by the
   * combination of name and fleet ID.
   *
   * <p>Property type {@code AWS::GameLift::ContainerFleet.ScalingPolicy}.
   */
  public static final class ScalingPolicy extends Struct<ScalingPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::ContainerFleet.ScalingPolicy")
        .required("Name")
        .allowed("ComparisonOperator", "GreaterThanOrEqualToThreshold", "GreaterThanThreshold",
            "LessThanThreshold", "LessThanOrEqualToThreshold")
        .constrain("EvaluationPeriods", Constraint.of().minimum(1))
        .allowed("MetricName", "ActivatingGameSessions", "ActiveGameSessions", "ActiveInstances",
            "AvailableGameSessions", "AvailablePlayerSessions", "CurrentPlayerSessions",
            "IdleInstances", "PercentAvailableGameSessions", "PercentIdleInstances", "QueueDepth",
            "WaitTime", "ConcurrentActivatableGameSessions")
        .constrain("Name", Constraint.of().minLength(1).maxLength(1024))
        .allowed("PolicyType", "RuleBased", "TargetBased", "ManagedScaling")
        .allowed("ScalingAdjustmentType", "ChangeInCapacity", "ExactCapacity",
            "PercentChangeInCapacity")
        .build();

    public ScalingPolicy() {
      super(SCHEMA);
    }

    /**
     * Comparison operator to use when measuring a metric against the threshold value.
     *
     * <p>Allowed values: {@code GreaterThanOrEqualToThreshold}, {@code GreaterThanThreshold},
     * {@code LessThanThreshold}, {@code LessThanOrEqualToThreshold}. CloudFormation property {@code
     * ComparisonOperator}.
     */
    public ScalingPolicy comparisonOperator(String value) {
      return set("ComparisonOperator", Value.of(value));
    }

    /** Sets {@code ComparisonOperator} to this value; see {@link #comparisonOperator(String)}. */
    public ScalingPolicy comparisonOperator(Value<String> value) {
      return set("ComparisonOperator", value);
    }

    /**
     * Length of time (in minutes) the metric must be at or beyond the threshold before a scaling
     * event is triggered.
     *
     * <p>Range: at least 1. CloudFormation property {@code EvaluationPeriods}.
     */
    public ScalingPolicy evaluationPeriods(int value) {
      return set("EvaluationPeriods", Value.of(value));
    }

    /** Sets {@code EvaluationPeriods} to this value; see {@link #evaluationPeriods(int)}. */
    public ScalingPolicy evaluationPeriods(Value<Integer> value) {
      return set("EvaluationPeriods", value);
    }

    /**
     * Name of the Amazon GameLift Servers-defined metric that is used to trigger a scaling
     * adjustment. For detailed descriptions of fleet metrics, see <a
     * href="https://docs.aws.amazon.com/gamelift/latest/developerguide/monitoring-cloudwatch.html">Monitor
     * Amazon GameLift Servers with Amazon CloudWatch</a> .
     *
     * <ul> <li><em>ActivatingGameSessions</em> -- Game sessions in the process of being created.
     * <li><em>ActiveGameSessions</em> -- Game sessions that are currently running.
     * <li><em>ActiveInstances</em> -- Fleet instances that are currently running at least one game
     * session. <li><em>AvailableGameSessions</em> -- Additional game sessions that fleet could host
     * simultaneously, given current capacity. <li><em>AvailablePlayerSessions</em> -- Empty player
     * slots in currently active game sessions. This includes game sessions that are not currently
     * accepting players. Reserved player slots are not included. <li><em>CurrentPlayerSessions</em>
     * -- Player slots in active game sessions that are being used by a player or are reserved for a
     * player. <li><em>IdleInstances</em> -- Active instances that are currently hosting zero game
     * sessions. <li><em>PercentAvailableGameSessions</em> -- Unused percentage of the total number
     * of game sessions that a fleet could host simultaneously, given current capacity. Use this
     * metric for a target-based scaling policy. <li><em>PercentIdleInstances</em> -- Percentage of
     * the total number of active instances that are hosting zero game sessions.
     * <li><em>QueueDepth</em> -- Pending game session placement requests, in any queue, where the
     * current fleet is the top-priority destination. <li><em>WaitTime</em> -- Current wait time for
     * pending game session placement requests, in any queue, where the current fleet is the
     * top-priority destination. </ul>
     *
     * <p>Allowed values: {@code ActivatingGameSessions}, {@code ActiveGameSessions}, {@code
     * ActiveInstances}, {@code AvailableGameSessions}, {@code AvailablePlayerSessions}, {@code
     * CurrentPlayerSessions}, {@code IdleInstances}, {@code PercentAvailableGameSessions}, {@code
     * PercentIdleInstances}, {@code QueueDepth}, {@code WaitTime}, {@code
     * ConcurrentActivatableGameSessions}. CloudFormation property {@code MetricName}.
     */
    public ScalingPolicy metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public ScalingPolicy metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * A descriptive label that is associated with a fleet's scaling policy. Policy names do not
     * need to be unique.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code Name}.
     */
    public ScalingPolicy name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ScalingPolicy name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The type of scaling policy to create. For a target-based policy, set the parameter
     * <em>MetricName</em> to 'PercentAvailableGameSessions' and specify a
     * <em>TargetConfiguration</em> . For a rule-based policy set the following parameters:
     * <em>MetricName</em> , <em>ComparisonOperator</em> , <em>Threshold</em> ,
     * <em>EvaluationPeriods</em> , <em>ScalingAdjustmentType</em> , and <em>ScalingAdjustment</em>
     * .
     *
     * <p>Allowed values: {@code RuleBased}, {@code TargetBased}, {@code ManagedScaling}.
     * CloudFormation property {@code PolicyType}.
     */
    public ScalingPolicy policyType(String value) {
      return set("PolicyType", Value.of(value));
    }

    /** Sets {@code PolicyType} to this value; see {@link #policyType(String)}. */
    public ScalingPolicy policyType(Value<String> value) {
      return set("PolicyType", value);
    }

    /**
     * Amount of adjustment to make, based on the scaling adjustment type.
     *
     * <p>CloudFormation property {@code ScalingAdjustment}.
     */
    public ScalingPolicy scalingAdjustment(int value) {
      return set("ScalingAdjustment", Value.of(value));
    }

    /** Sets {@code ScalingAdjustment} to this value; see {@link #scalingAdjustment(int)}. */
    public ScalingPolicy scalingAdjustment(Value<Integer> value) {
      return set("ScalingAdjustment", value);
    }

    /**
     * The type of adjustment to make to a fleet's instance count.
     *
     * <ul> <li><em>ChangeInCapacity</em> -- add (or subtract) the scaling adjustment value from the
     * current instance count. Positive values scale up while negative values scale down.
     * <li><em>ExactCapacity</em> -- set the instance count to the scaling adjustment value.
     * <li><em>PercentChangeInCapacity</em> -- increase or reduce the current instance count by the
     * scaling adjustment, read as a percentage. Positive values scale up while negative values
     * scale down. </ul>
     *
     * <p>Allowed values: {@code ChangeInCapacity}, {@code ExactCapacity}, {@code
     * PercentChangeInCapacity}. CloudFormation property {@code ScalingAdjustmentType}.
     */
    public ScalingPolicy scalingAdjustmentType(String value) {
      return set("ScalingAdjustmentType", Value.of(value));
    }

    /**
     * Sets {@code ScalingAdjustmentType} to this value; see {@link #scalingAdjustmentType(String)}.
     */
    public ScalingPolicy scalingAdjustmentType(Value<String> value) {
      return set("ScalingAdjustmentType", value);
    }

    /**
     * An object that contains settings for a target-based scaling policy.
     *
     * <p>CloudFormation property {@code TargetConfiguration}.
     */
    public ScalingPolicy targetConfiguration(Value<TargetConfiguration> value) {
      return set("TargetConfiguration", value);
    }

    /**
     * Metric value used to trigger a scaling event.
     *
     * <p>CloudFormation property {@code Threshold}.
     */
    public ScalingPolicy threshold(double value) {
      return set("Threshold", Value.of(value));
    }

    /** Sets {@code Threshold} to this value; see {@link #threshold(double)}. */
    public ScalingPolicy threshold(Value<Double> value) {
      return set("Threshold", value);
    }
  }

  /**
   * Settings for a target-based scaling policy. A target-based policy tracks a particular fleet
   * metric specifies a target value for the metric. As player usage changes, the policy triggers
   * Amazon GameLift Servers to adjust capacity so that the metric returns to the target value. The
   * target configuration specifies settings as needed for the target based policy, including the
   * target value.
   *
   * <p>Property type {@code AWS::GameLift::ContainerFleet.TargetConfiguration}.
   */
  public static final class TargetConfiguration extends Struct<TargetConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::ContainerFleet.TargetConfiguration")
        .required("TargetValue")
        .build();

    public TargetConfiguration() {
      super(SCHEMA);
    }

    /**
     * Desired value to use with a target-based scaling policy. The value must be relevant for
     * whatever metric the scaling policy is using. For example, in a policy using the metric
     * PercentAvailableGameSessions, the target value should be the preferred size of the fleet's
     * buffer (the percent of capacity that should be idle and ready for new game sessions).
     *
     * <p>Required. CloudFormation property {@code TargetValue}.
     */
    public TargetConfiguration targetValue(double value) {
      return set("TargetValue", Value.of(value));
    }

    /** Sets {@code TargetValue} to this value; see {@link #targetValue(double)}. */
    public TargetConfiguration targetValue(Value<Double> value) {
      return set("TargetValue", value);
    }
  }
}
