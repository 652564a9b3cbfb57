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
 * The <code>AWS::GameLift::Fleet</code> resource creates an Amazon GameLift (GameLift) fleet to
 * host custom game server or Realtime Servers. A fleet is a set of EC2 instances, configured with
 * instructions to run game servers on each instance.
 *
 * <p>CloudFormation type {@code AWS::GameLift::Fleet}.
 */
public final class Fleet extends Resource<Fleet> {
  private static final Schema SCHEMA = Schema.builder("AWS::GameLift::Fleet")
      .required("Name")
      .allowed("ApplyCapacity", "ON_UPDATE", "ON_CREATE_AND_UPDATE",
          "ON_CREATE_AND_UPDATE_WITH_AUTOSCALING")
      .constrain("BuildId", Constraint.of().pattern("^build-\\S+|^arn:.*:build/build-\\S+").minLength(1).maxLength(512))
      .allowed("ComputeType", "EC2", "ANYWHERE")
      .constrain("Description", Constraint.of().minLength(1).maxLength(1024))
      .constrain("DesiredEC2Instances", Constraint.of().minimum(0))
      .constrain("EC2InstanceType", Constraint.of().pattern("^.*..*$"))
      .allowed("FleetType", "ON_DEMAND", "SPOT")
      .constrain("InstanceRoleARN", Constraint.of().pattern("^arn:aws(-.*)?:[a-z-]+:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$").minLength(1).format("AWS::IAM::Role.Arn"))
      .allowed("InstanceRoleCredentialsProvider", "SHARED_CREDENTIAL_FILE")
      .constrain("LogPaths", Constraint.of().minLength(1).maxLength(1024))
      .constrain("MaxSize", Constraint.of().minimum(0))
      .constrain("MetricGroups", Constraint.of().minLength(1).maxLength(255))
      .constrain("MinSize", Constraint.of().minimum(0))
      .constrain("Name", Constraint.of().minLength(1).maxLength(1024))
      .allowed("NewGameSessionProtectionPolicy", "FullProtection", "NoProtection")
      .constrain("PeerVpcAwsAccountId", Constraint.of().pattern("^[0-9]{12}$").minLength(1).maxLength(1024))
      .constrain("PeerVpcId", Constraint.of().pattern("^vpc-\\S+").minLength(1).maxLength(1024))
      .allowed("PlayerGatewayMode", "DISABLED", "ENABLED", "REQUIRED")
      .constrain("ScriptId", Constraint.of().pattern("^script-\\S+|^arn:.*:script/script-\\S+").minLength(1).maxLength(512))
      .constrain("ServerLaunchParameters", Constraint.of().pattern("^[A-Za-z0-9_:.+\\/\\\\\\- =@;{},?'\\[\\]\"]+$").minLength(1).maxLength(1024))
      .constrain("ServerLaunchPath", Constraint.of().pattern("^[A-Za-z0-9_:.+\\/\\\\\\- ]+$").minLength(1).maxLength(1024))
      .refYields("FleetId")
      .attributes("FleetArn", "FleetId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Fleet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Amazon GameLift Servers Anywhere configuration options.
   *
   * <p>CloudFormation property {@code AnywhereConfiguration}.
   */
  public Fleet anywhereConfiguration(Value<AnywhereConfiguration> value) {
    return set("AnywhereConfiguration", value);
  }

  /**
   * Current resource capacity settings for managed EC2 fleets and managed container fleets. For
   * multi-location fleets, location values might refer to a fleet's remote location or its home
   * Region.
   *
   * <p><em>Returned by:</em> <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_DescribeFleetCapacity.html">DescribeFleetCapacity</a>
   * , <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_DescribeFleetLocationCapacity.html">DescribeFleetLocationCapacity</a>
   * , <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_UpdateFleetCapacity.html">UpdateFleetCapacity</a>
   *
   * <p>Allowed values: {@code ON_UPDATE}, {@code ON_CREATE_AND_UPDATE}, {@code
   * ON_CREATE_AND_UPDATE_WITH_AUTOSCALING}. CloudFormation property {@code ApplyCapacity}.
   */
  public Fleet applyCapacity(String value) {
    return set("ApplyCapacity", Value.of(value));
  }

  /** Sets {@code ApplyCapacity} to this value; see {@link #applyCapacity(String)}. */
  public Fleet applyCapacity(Value<String> value) {
    return set("ApplyCapacity", value);
  }

  /**
   * A unique identifier for a build to be deployed on the new fleet. If you are deploying the fleet
   * with a custom game build, you must specify this property. The build must have been successfully
   * uploaded to Amazon GameLift and be in a <code>READY</code> status. This fleet setting cannot be
   * changed once the fleet is created.
   *
   * <p>Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
   * ^build-&#92;S+|^arn:.*:build/build-&#92;S+}. CloudFormation property {@code BuildId}.
   */
  public Fleet buildId(String value) {
    return set("BuildId", Value.of(value));
  }

  /** Sets {@code BuildId} to this value; see {@link #buildId(String)}. */
  public Fleet buildId(Value<String> value) {
    return set("BuildId", value);
  }

  /**
   * Prompts Amazon GameLift Servers to generate a TLS/SSL certificate for the fleet. Amazon
   * GameLift Servers uses the certificates to encrypt traffic between game clients and the game
   * servers running on Amazon GameLift Servers. By default, the
   * <code>CertificateConfiguration</code> is <code>DISABLED</code> . You can't change this property
   * after you create the fleet.
   *
   * <p>Certificate Manager (ACM) certificates expire after 13 months. Certificate expiration can
   * cause fleets to fail, preventing players from connecting to instances in the fleet. We
   * recommend you replace fleets before 13 months, consider using fleet aliases for a smooth
   * transition.
   *
   * <p>ACM isn't available in all AWS regions. A fleet creation request with certificate generation
   * enabled in an unsupported Region, fails with a 4xx error. For more information about the
   * supported Regions, see <a
   * href="https://docs.aws.amazon.com/acm/latest/userguide/acm-regions.html">Supported Regions</a>
   * in the <em>Certificate Manager User Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CertificateConfiguration}.
   */
  public Fleet certificateConfiguration(Value<CertificateConfiguration> value) {
    return set("CertificateConfiguration", value);
  }

  /**
   * The type of compute resource used to host your game servers.
   *
   * <ul> <li><code>EC2</code> – The game server build is deployed to Amazon EC2 instances for cloud
   * hosting. This is the default setting. <li><code>ANYWHERE</code> – Game servers and supporting
   * software are deployed to compute resources that you provide and manage. With this compute type,
   * you can also set the <code>AnywhereConfiguration</code> parameter. </ul>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code EC2}, {@code ANYWHERE}.
   * CloudFormation property {@code ComputeType}.
   */
  public Fleet computeType(String value) {
    return set("ComputeType", Value.of(value));
  }

  /** Sets {@code ComputeType} to this value; see {@link #computeType(String)}. */
  public Fleet computeType(Value<String> value) {
    return set("ComputeType", value);
  }

  /**
   * A description for the fleet.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code Description}.
   */
  public Fleet description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Fleet description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * [DEPRECATED] The number of EC2 instances that you want this fleet to host. When creating a new
   * fleet, GameLift automatically sets this value to "1" and initiates a single instance. Once the
   * fleet is active, update this value to trigger GameLift to add or remove instances from the
   * fleet.
   *
   * <p>Range: at least 0. CloudFormation property {@code DesiredEC2Instances}.
   *
   * @deprecated The specification marks {@code DesiredEC2Instances} deprecated.
   */
  @Deprecated
  public Fleet desiredEC2Instances(int value) {
    return set("DesiredEC2Instances", Value.of(value));
  }

  /**
   * Sets {@code DesiredEC2Instances} to this value; see {@link #desiredEC2Instances(int)}.
   *
   * @deprecated The specification marks {@code DesiredEC2Instances} deprecated.
   */
  @Deprecated
  public Fleet desiredEC2Instances(Value<Integer> value) {
    return set("DesiredEC2Instances", value);
  }

  /**
   * The IP address ranges and port settings that allow inbound traffic to access game server
   * processes and other processes on this fleet. Set this parameter for managed EC2 fleets. You can
   * leave this parameter empty when creating the fleet, but you must call <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_UpdateFleetPortSettings"></a>
   * to set it before players can connect to game sessions. As a best practice, we recommend opening
   * ports for remote access only when you need them and closing them when you're finished. For
   * Amazon GameLift Servers Realtime fleets, Amazon GameLift Servers automatically sets TCP and UDP
   * ranges.
   *
   * <p>CloudFormation property {@code EC2InboundPermissions}.
   */
  public Fleet ec2InboundPermissions(List<IpPermission> value) {
    return set("EC2InboundPermissions", Value.listOf(value));
  }

  /** Sets {@code EC2InboundPermissions} to this value; see {@link #ec2InboundPermissions(List)}. */
  public Fleet ec2InboundPermissions(Value<List<IpPermission>> value) {
    return set("EC2InboundPermissions", value);
  }

  /**
   * Sets {@code EC2InboundPermissions} to a list of these; see {@link
   * #ec2InboundPermissions(List)}.
   */
  public Fleet ec2InboundPermissions(IpPermission... values) {
    return set("EC2InboundPermissions", Value.list(values));
  }

  /**
   * The Amazon GameLift Servers-supported Amazon EC2 instance type to use with managed EC2 fleets.
   * Instance type determines the computing resources that will be used to host your game servers,
   * including CPU, memory, storage, and networking capacity. See <a
   * href="https://docs.aws.amazon.com/ec2/instance-types/">Amazon Elastic Compute Cloud Instance
   * Types</a> for detailed descriptions of Amazon EC2 instance types.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^.*..*$}. CloudFormation property {@code
   * EC2InstanceType}.
   */
  public Fleet ec2InstanceType(String value) {
    return set("EC2InstanceType", Value.of(value));
  }

  /** Sets {@code EC2InstanceType} to this value; see {@link #ec2InstanceType(String)}. */
  public Fleet ec2InstanceType(Value<String> value) {
    return set("EC2InstanceType", value);
  }

  /**
   * Indicates whether to use On-Demand or Spot instances for this fleet. By default, this property
   * is set to <code>ON_DEMAND</code> . Learn more about when to use <a
   * href="https://docs.aws.amazon.com/gamelift/latest/developerguide/gamelift-ec2-instances.html#gamelift-ec2-instances-spot">On-Demand
   * versus Spot Instances</a> . This fleet property can't be changed after the fleet is created.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code ON_DEMAND}, {@code SPOT}.
   * CloudFormation property {@code FleetType}.
   */
  public Fleet fleetType(String value) {
    return set("FleetType", Value.of(value));
  }

  /** Sets {@code FleetType} to this value; see {@link #fleetType(String)}. */
  public Fleet fleetType(Value<String> value) {
    return set("FleetType", value);
  }

  /**
   * A unique identifier for an IAM role that manages access to your AWS services. With an instance
   * role ARN set, any application that runs on an instance in this fleet can assume the role,
   * including install scripts, server processes, and daemons (background processes). Create a role
   * or look up a role's ARN by using the <a href="https://docs.aws.amazon.com/iam/">IAM
   * dashboard</a> in the AWS Management Console . Learn more about using on-box credentials for
   * your game servers at <a
   * href="https://docs.aws.amazon.com/gamelift/latest/developerguide/gamelift-sdk-server-resources.html">Access
   * external resources from a game server</a> . This attribute is used with fleets where
   * <code>ComputeType</code> is <code>EC2</code> .
   *
   * <p>Changing it replaces the resource. Length: at least 1 characters. Pattern: {@code
   * ^arn:aws(-.*)?:[a-z-]+:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code InstanceRoleARN}.
   */
  public Fleet instanceRoleARN(String value) {
    return set("InstanceRoleARN", Value.of(value));
  }

  /** Sets {@code InstanceRoleARN} to this value; see {@link #instanceRoleARN(String)}. */
  public Fleet instanceRoleARN(Value<String> value) {
    return set("InstanceRoleARN", value);
  }

  /**
   * Indicates that fleet instances maintain a shared credentials file for the IAM role defined in
   * <code>InstanceRoleArn</code> . Shared credentials allow applications that are deployed with the
   * game server executable to communicate with other AWS resources. This property is used only when
   * the game server is integrated with the server SDK version 5.x. For more information about using
   * shared credentials, see <a
   * href="https://docs.aws.amazon.com/gamelift/latest/developerguide/gamelift-sdk-server-resources.html">Communicate
   * with other AWS resources from your fleets</a> . This attribute is used with fleets where
   * <code>ComputeType</code> is <code>EC2</code> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code SHARED_CREDENTIAL_FILE}.
   * CloudFormation property {@code InstanceRoleCredentialsProvider}.
   */
  public Fleet instanceRoleCredentialsProvider(String value) {
    return set("InstanceRoleCredentialsProvider", Value.of(value));
  }

  /**
   * Sets {@code InstanceRoleCredentialsProvider} to this value; see {@link
   * #instanceRoleCredentialsProvider(String)}.
   */
  public Fleet instanceRoleCredentialsProvider(Value<String> value) {
    return set("InstanceRoleCredentialsProvider", value);
  }

  /**
   * A set of remote locations to deploy additional instances to and manage as a multi-location
   * fleet. Use this parameter when creating a fleet in AWS Regions that support multiple locations.
   * You can add any AWS Region or Local Zone that's supported by Amazon GameLift Servers. Provide a
   * list of one or more AWS Region codes, such as <code>us-west-2</code> , or Local Zone names.
   * When using this parameter, Amazon GameLift Servers requires you to include your home location
   * in the request. For a list of supported Regions and Local Zones, see <a
   * href="https://docs.aws.amazon.com/gamelift/latest/developerguide/gamelift-regions.html">Amazon
   * GameLift Servers service locations</a> for managed hosting.
   *
   * <p>CloudFormation property {@code Locations}.
   */
  public Fleet locations(List<LocationConfiguration> value) {
    return set("Locations", Value.listOf(value));
  }

  /** Sets {@code Locations} to this value; see {@link #locations(List)}. */
  public Fleet locations(Value<List<LocationConfiguration>> value) {
    return set("Locations", value);
  }

  /** Sets {@code Locations} to a list of these; see {@link #locations(List)}. */
  public Fleet locations(LocationConfiguration... values) {
    return set("Locations", Value.list(values));
  }

  /**
   * This parameter is no longer used. When hosting a custom game build, specify where Amazon
   * GameLift should store log files using the Amazon GameLift server API call ProcessReady()
   *
   * <p>Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation property
   * {@code LogPaths}.
   *
   * @deprecated The specification marks {@code LogPaths} deprecated.
   */
  @Deprecated
  public Fleet logPaths(List<String> value) {
    return set("LogPaths", Value.listOf(value));
  }

  /**
   * Sets {@code LogPaths} to this value; see {@link #logPaths(List)}.
   *
   * @deprecated The specification marks {@code LogPaths} deprecated.
   */
  @Deprecated
  public Fleet logPaths(Value<List<String>> value) {
    return set("LogPaths", value);
  }

  /**
   * [DEPRECATED] The maximum value that is allowed for the fleet's instance count. When creating a
   * new fleet, GameLift automatically sets this value to "1". Once the fleet is active, you can
   * change this value.
   *
   * <p>Range: at least 0. CloudFormation property {@code MaxSize}.
   *
   * @deprecated The specification marks {@code MaxSize} deprecated.
   */
  @Deprecated
  public Fleet maxSize(int value) {
    return set("MaxSize", Value.of(value));
  }

  /**
   * Sets {@code MaxSize} to this value; see {@link #maxSize(int)}.
   *
   * @deprecated The specification marks {@code MaxSize} deprecated.
   */
  @Deprecated
  public Fleet maxSize(Value<Integer> value) {
    return set("MaxSize", value);
  }

  /**
   * The name of an AWS CloudWatch metric group to add this fleet to. A metric group is used to
   * aggregate the metrics for multiple fleets. You can specify an existing metric group name or set
   * a new name to create a new metric group. A fleet can be included in only one metric group at a
   * time.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code MetricGroups}.
   */
  public Fleet metricGroups(List<String> value) {
    return set("MetricGroups", Value.listOf(value));
  }

  /** Sets {@code MetricGroups} to this value; see {@link #metricGroups(List)}. */
  public Fleet metricGroups(Value<List<String>> value) {
    return set("MetricGroups", value);
  }

  /**
   * [DEPRECATED] The minimum value allowed for the fleet's instance count. When creating a new
   * fleet, GameLift automatically sets this value to "0". After the fleet is active, you can change
   * this value.
   *
   * <p>Range: at least 0. CloudFormation property {@code MinSize}.
   *
   * @deprecated The specification marks {@code MinSize} deprecated.
   */
  @Deprecated
  public Fleet minSize(int value) {
    return set("MinSize", Value.of(value));
  }

  /**
   * Sets {@code MinSize} to this value; see {@link #minSize(int)}.
   *
   * @deprecated The specification marks {@code MinSize} deprecated.
   */
  @Deprecated
  public Fleet minSize(Value<Integer> value) {
    return set("MinSize", value);
  }

  /**
   * A descriptive label that is associated with a fleet. Fleet names do not need to be unique.
   *
   * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code Name}.
   */
  public Fleet name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Fleet name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The status of termination protection for active game sessions on the fleet. By default, this
   * property is set to <code>NoProtection</code> .
   *
   * <ul> <li><em>NoProtection</em> - Game sessions can be terminated during active gameplay as a
   * result of a scale-down event. <li><em>FullProtection</em> - Game sessions in
   * <code>ACTIVE</code> status cannot be terminated during a scale-down event. </ul>
   *
   * <p>Allowed values: {@code FullProtection}, {@code NoProtection}. CloudFormation property {@code
   * NewGameSessionProtectionPolicy}.
   */
  public Fleet newGameSessionProtectionPolicy(String value) {
    return set("NewGameSessionProtectionPolicy", Value.of(value));
  }

  /**
   * Sets {@code NewGameSessionProtectionPolicy} to this value; see {@link
   * #newGameSessionProtectionPolicy(String)}.
   */
  public Fleet newGameSessionProtectionPolicy(Value<String> value) {
    return set("NewGameSessionProtectionPolicy", value);
  }

  /**
   * Used when peering your Amazon GameLift Servers fleet with a VPC, the unique identifier for the
   * AWS account that owns the VPC. You can find your account ID in the AWS Management Console under
   * account settings.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1024 characters. Pattern: {@code
   * ^[0-9]{12}$}. CloudFormation property {@code PeerVpcAwsAccountId}.
   */
  public Fleet peerVpcAwsAccountId(String value) {
    return set("PeerVpcAwsAccountId", Value.of(value));
  }

  /** Sets {@code PeerVpcAwsAccountId} to this value; see {@link #peerVpcAwsAccountId(String)}. */
  public Fleet peerVpcAwsAccountId(Value<String> value) {
    return set("PeerVpcAwsAccountId", value);
  }

  /**
   * A unique identifier for a VPC with resources to be accessed by your Amazon GameLift Servers
   * fleet. The VPC must be in the same Region as your fleet. To look up a VPC ID, use the <a
   * href="https://docs.aws.amazon.com/vpc/">VPC Dashboard</a> in the AWS Management Console . Learn
   * more about VPC peering in <a
   * href="https://docs.aws.amazon.com/gamelift/latest/developerguide/vpc-peering.html">VPC Peering
   * with Amazon GameLift Servers Fleets</a> .
   *
   * <p>Changing it replaces the resource. Length: 1 to 1024 characters. Pattern: {@code
   * ^vpc-&#92;S+}. CloudFormation property {@code PeerVpcId}.
   */
  public Fleet peerVpcId(String value) {
    return set("PeerVpcId", Value.of(value));
  }

  /** Sets {@code PeerVpcId} to this value; see {@link #peerVpcId(String)}. */
  public Fleet peerVpcId(Value<String> value) {
    return set("PeerVpcId", value);
  }

  /**
   * Configuration for player gateway.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * PlayerGatewayConfiguration}.
   */
  public Fleet playerGatewayConfiguration(Value<PlayerGatewayConfiguration> value) {
    return set("PlayerGatewayConfiguration", value);
  }

  /**
   * The player gateway mode for the fleet.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code DISABLED}, {@code ENABLED}, {@code
   * REQUIRED}. CloudFormation property {@code PlayerGatewayMode}.
   */
  public Fleet playerGatewayMode(String value) {
    return set("PlayerGatewayMode", Value.of(value));
  }

  /** Sets {@code PlayerGatewayMode} to this value; see {@link #playerGatewayMode(String)}. */
  public Fleet playerGatewayMode(Value<String> value) {
    return set("PlayerGatewayMode", value);
  }

  /**
   * A policy that limits the number of game sessions that an individual player can create on
   * instances in this fleet within a specified span of time.
   *
   * <p>CloudFormation property {@code ResourceCreationLimitPolicy}.
   */
  public Fleet resourceCreationLimitPolicy(Value<ResourceCreationLimitPolicy> value) {
    return set("ResourceCreationLimitPolicy", value);
  }

  /**
   * Instructions for how to launch and maintain server processes on instances in the fleet. The
   * runtime configuration defines one or more server process configurations, each identifying a
   * build executable or Realtime script file and the number of processes of that type to run
   * concurrently.
   *
   * <p>The <code>RuntimeConfiguration</code> parameter is required unless the fleet is being
   * configured using the older parameters <code>ServerLaunchPath</code> and
   * <code>ServerLaunchParameters</code> , which are still supported for backward compatibility.
   *
   * <p>CloudFormation property {@code RuntimeConfiguration}.
   */
  public Fleet runtimeConfiguration(Value<RuntimeConfiguration> value) {
    return set("RuntimeConfiguration", value);
  }

  /**
   * Rule that controls how a fleet is scaled. Scaling policies are uniquely identified by the
   * combination of name and fleet ID.
   *
   * <p>CloudFormation property {@code ScalingPolicies}.
   */
  public Fleet scalingPolicies(List<ScalingPolicy> value) {
    return set("ScalingPolicies", Value.listOf(value));
  }

  /** Sets {@code ScalingPolicies} to this value; see {@link #scalingPolicies(List)}. */
  public Fleet scalingPolicies(Value<List<ScalingPolicy>> value) {
    return set("ScalingPolicies", value);
  }

  /** Sets {@code ScalingPolicies} to a list of these; see {@link #scalingPolicies(List)}. */
  public Fleet scalingPolicies(ScalingPolicy... values) {
    return set("ScalingPolicies", Value.list(values));
  }

  /**
   * The unique identifier for a Realtime configuration script to be deployed on fleet instances.
   * You can use either the script ID or ARN. Scripts must be uploaded to Amazon GameLift Servers
   * prior to creating the fleet. This fleet property cannot be changed later.
   *
   * <p>You can't use the <code>!Ref</code> command to reference a script created with a
   * CloudFormation template for the fleet property <code>ScriptId</code> . Instead, use
   * <code>Fn::GetAtt Script.Arn</code> or <code>Fn::GetAtt Script.Id</code> to retrieve either of
   * these properties as input for <code>ScriptId</code> . Alternatively, enter a
   * <code>ScriptId</code> string manually.
   *
   * <p>Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
   * ^script-&#92;S+|^arn:.*:script/script-&#92;S+}. CloudFormation property {@code ScriptId}.
   */
  public Fleet scriptId(String value) {
    return set("ScriptId", Value.of(value));
  }

  /** Sets {@code ScriptId} to this value; see {@link #scriptId(String)}. */
  public Fleet scriptId(Value<String> value) {
    return set("ScriptId", value);
  }

  /**
   * This parameter is no longer used but is retained for backward compatibility. Instead, specify
   * server launch parameters in the RuntimeConfiguration parameter. A request must specify either a
   * runtime configuration or values for both ServerLaunchParameters and ServerLaunchPath.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1024 characters. Pattern: {@code
   * ^[A-Za-z0-9_:.+&#92;/&#92;&#92;&#92;- =&#64;;{},?'&#92;[&#92;]"]+$}. CloudFormation property
   * {@code ServerLaunchParameters}.
   *
   * @deprecated The specification marks {@code ServerLaunchParameters} deprecated.
   */
  @Deprecated
  public Fleet serverLaunchParameters(String value) {
    return set("ServerLaunchParameters", Value.of(value));
  }

  /**
   * Sets {@code ServerLaunchParameters} to this value; see {@link #serverLaunchParameters(String)}.
   *
   * @deprecated The specification marks {@code ServerLaunchParameters} deprecated.
   */
  @Deprecated
  public Fleet serverLaunchParameters(Value<String> value) {
    return set("ServerLaunchParameters", value);
  }

  /**
   * This parameter is no longer used. Instead, specify a server launch path using the
   * RuntimeConfiguration parameter. Requests that specify a server launch path and launch
   * parameters instead of a runtime configuration will continue to work.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1024 characters. Pattern: {@code
   * ^[A-Za-z0-9_:.+&#92;/&#92;&#92;&#92;- ]+$}. CloudFormation property {@code ServerLaunchPath}.
   *
   * @deprecated The specification marks {@code ServerLaunchPath} deprecated.
   */
  @Deprecated
  public Fleet serverLaunchPath(String value) {
    return set("ServerLaunchPath", Value.of(value));
  }

  /**
   * Sets {@code ServerLaunchPath} to this value; see {@link #serverLaunchPath(String)}.
   *
   * @deprecated The specification marks {@code ServerLaunchPath} deprecated.
   */
  @Deprecated
  public Fleet serverLaunchPath(Value<String> value) {
    return set("ServerLaunchPath", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Fleet tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Fleet tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Fleet tags(Tags tags) {
    return set("Tags", tags);
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
   * A unique identifier for the fleet.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FleetId}.
   */
  public Value<String> fleetId() {
    return getAtt("FleetId");
  }

  /**
   * Amazon GameLift Servers configuration options for your Anywhere fleets.
   *
   * <p>Property type {@code AWS::GameLift::Fleet.AnywhereConfiguration}.
   */
  public static final class AnywhereConfiguration extends Struct<AnywhereConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::Fleet.AnywhereConfiguration")
        .required("Cost")
        .constrain("Cost", Constraint.of().pattern("^\\d{1,5}(?:\\.\\d{1,5})?$").minLength(1).maxLength(11))
        .build();

    public AnywhereConfiguration() {
      super(SCHEMA);
    }

    /**
     * The cost to run your fleet per hour. Amazon GameLift Servers uses the provided cost of your
     * fleet to balance usage in queues. For more information about queues, see <a
     * href="https://docs.aws.amazon.com/gamelift/latest/developerguide/queues-intro.html">Setting
     * up queues</a> in the <em>Amazon GameLift Servers Developer Guide</em> .
     *
     * <p>Required. Length: 1 to 11 characters. Pattern: {@code
     * ^&#92;d{1,5}(?:&#92;.&#92;d{1,5})?$}. CloudFormation property {@code Cost}.
     */
    public AnywhereConfiguration cost(String value) {
      return set("Cost", Value.of(value));
    }

    /** Sets {@code Cost} to this value; see {@link #cost(String)}. */
    public AnywhereConfiguration cost(Value<String> value) {
      return set("Cost", value);
    }
  }

  /**
   * Determines whether a TLS/SSL certificate is generated for a fleet. This feature must be enabled
   * when creating the fleet. All instances in a fleet share the same certificate. The certificate
   * can be retrieved by calling the <a
   * href="https://docs.aws.amazon.com/gamelift/latest/developerguide/reference-serversdk.html">GameLift
   * Server SDK</a> operation <code>GetInstanceCertificate</code> .
   *
   * <p>Property type {@code AWS::GameLift::Fleet.CertificateConfiguration}.
   */
  public static final class CertificateConfiguration extends Struct<CertificateConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::Fleet.CertificateConfiguration")
        .required("CertificateType")
        .allowed("CertificateType", "DISABLED", "GENERATED")
        .build();

    public CertificateConfiguration() {
      super(SCHEMA);
    }

    /**
     * Indicates whether a TLS/SSL certificate is generated for a fleet.
     *
     * <p>Valid values include:
     *
     * <ul> <li><em>GENERATED</em> - Generate a TLS/SSL certificate for this fleet.
     * <li><em>DISABLED</em> - (default) Do not generate a TLS/SSL certificate for this fleet. </ul>
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code DISABLED}, {@code
     * GENERATED}. CloudFormation property {@code CertificateType}.
     */
    public CertificateConfiguration certificateType(String value) {
      return set("CertificateType", Value.of(value));
    }

    /** Sets {@code CertificateType} to this value; see {@link #certificateType(String)}. */
    public CertificateConfiguration certificateType(Value<String> value) {
      return set("CertificateType", value);
    }
  }

  /**
   * A range of IP addresses and port settings that allow inbound traffic to connect to server
   * processes on an instance in a fleet. New game sessions are assigned an IP address/port number
   * combination, which must fall into the fleet's allowed ranges. Fleets with custom game builds
   * must have permissions explicitly set. For Realtime Servers fleets, GameLift automatically opens
   * two port ranges, one for TCP messaging and one for UDP.
   *
   * <p>Property type {@code AWS::GameLift::Fleet.IpPermission}.
   */
  public static final class IpPermission extends Struct<IpPermission> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::Fleet.IpPermission")
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
   * Current resource capacity settings for managed EC2 fleets and managed container fleets. For
   * multi-location fleets, location values might refer to a fleet's remote location or its home
   * Region.
   *
   * <p><em>Returned by:</em> <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_DescribeFleetCapacity.html">DescribeFleetCapacity</a>
   * , <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_DescribeFleetLocationCapacity.html">DescribeFleetLocationCapacity</a>
   * , <a
   * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_UpdateFleetCapacity.html">UpdateFleetCapacity</a>
   *
   * <p>Property type {@code AWS::GameLift::Fleet.LocationCapacity}.
   */
  public static final class LocationCapacity extends Struct<LocationCapacity> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::Fleet.LocationCapacity")
        .required("MaxSize")
        .constrain("DesiredEC2Instances", Constraint.of().minimum(0))
        .constrain("MaxSize", Constraint.of().minimum(0))
        .constrain("MinSize", Constraint.of().minimum(0))
        .build();

    public LocationCapacity() {
      super(SCHEMA);
    }

    /**
     * The number of Amazon EC2 instances you want to maintain in the specified fleet location. This
     * value must fall between the minimum and maximum size limits. Changes in desired instance
     * value can take up to 1 minute to be reflected when viewing the fleet's capacity settings.
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
     * Configuration options for Amazon GameLift Servers-managed capacity behavior.
     *
     * <p>CloudFormation property {@code ManagedCapacityConfiguration}.
     */
    public LocationCapacity managedCapacityConfiguration(Value<ManagedCapacityConfiguration> value) {
      return set("ManagedCapacityConfiguration", value);
    }

    /**
     * The maximum number of instances that are allowed in the specified fleet location. If this
     * parameter is not set, the default is 1.
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
     * The minimum number of instances that are allowed in the specified fleet location. If this
     * parameter is not set, the default is 0.
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
   * <p>Property type {@code AWS::GameLift::Fleet.LocationConfiguration}.
   */
  public static final class LocationConfiguration extends Struct<LocationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::Fleet.LocationConfiguration")
        .required("Location")
        .constrain("Location", Constraint.of().pattern("^[A-Za-z0-9\\-]+").minLength(1).maxLength(64))
        .allowed("PlayerGatewayStatus", "DISABLED", "ENABLED")
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
     * Current resource capacity settings for managed EC2 fleets and managed container fleets. For
     * multi-location fleets, location values might refer to a fleet's remote location or its home
     * Region.
     *
     * <p><em>Returned by:</em> <a
     * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_DescribeFleetCapacity.html">DescribeFleetCapacity</a>
     * , <a
     * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_DescribeFleetLocationCapacity.html">DescribeFleetLocationCapacity</a>
     * , <a
     * href="https://docs.aws.amazon.com/gamelift/latest/apireference/API_UpdateFleetCapacity.html">UpdateFleetCapacity</a>
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
  }

  /**
   * Configuration options for Amazon GameLift Servers-managed capacity behavior.
   *
   * <p>Property type {@code AWS::GameLift::Fleet.ManagedCapacityConfiguration}.
   */
  public static final class ManagedCapacityConfiguration extends Struct<ManagedCapacityConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::Fleet.ManagedCapacityConfiguration")
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
   * Configuration for player gateway.
   *
   * <p>Property type {@code AWS::GameLift::Fleet.PlayerGatewayConfiguration}.
   */
  public static final class PlayerGatewayConfiguration extends Struct<PlayerGatewayConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::Fleet.PlayerGatewayConfiguration")
        .allowed("GameServerIpProtocolSupported", "IPv4", "DUAL_STACK")
        .build();

    public PlayerGatewayConfiguration() {
      super(SCHEMA);
    }

    /**
     * The IP protocol supported by the game server.
     *
     * <p>Allowed values: {@code IPv4}, {@code DUAL_STACK}. CloudFormation property {@code
     * GameServerIpProtocolSupported}.
     */
    public PlayerGatewayConfiguration gameServerIpProtocolSupported(String value) {
      return set("GameServerIpProtocolSupported", Value.of(value));
    }

    /**
     * Sets {@code GameServerIpProtocolSupported} to this value; see {@link
     * #gameServerIpProtocolSupported(String)}.
     */
    public PlayerGatewayConfiguration gameServerIpProtocolSupported(Value<String> value) {
      return set("GameServerIpProtocolSupported", value);
    }
  }

  /**
   * A policy that limits the number of game sessions a player can create on the same fleet. This
   * optional policy gives game owners control over how players can consume available game server
   * resources. A resource creation policy makes the following statement: "An individual player can
   * create a maximum number of new game sessions within a specified time period".
   *
   * <p>The policy is evaluated when a player tries to create a new game session. For example,
   * assume you have a policy of 10 new game sessions and a time period of 60 minutes. On receiving
   * a <code>CreateGameSession</code> request, Amazon GameLift checks that the player (identified by
   * <code>CreatorId</code> ) has created fewer than 10 game sessions in the past 60 minutes.
   *
   * <p>Property type {@code AWS::GameLift::Fleet.ResourceCreationLimitPolicy}.
   */
  public static final class ResourceCreationLimitPolicy extends Struct<ResourceCreationLimitPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::Fleet.ResourceCreationLimitPolicy")
        .constrain("NewGameSessionsPerCreator", Constraint.of().minimum(0))
        .constrain("PolicyPeriodInMinutes", Constraint.of().minimum(0))
        .build();

    public ResourceCreationLimitPolicy() {
      super(SCHEMA);
    }

    /**
     * A policy that puts limits on the number of game sessions that a player can create within a
     * specified span of time. With this policy, you can control players' ability to consume
     * available resources.
     *
     * <p>The policy is evaluated when a player tries to create a new game session. On receiving a
     * <code>CreateGameSession</code> request, Amazon GameLift Servers checks that the player
     * (identified by <code>CreatorId</code> ) has created fewer than game session limit in the
     * specified time period.
     *
     * <p>Range: at least 0. CloudFormation property {@code NewGameSessionsPerCreator}.
     */
    public ResourceCreationLimitPolicy newGameSessionsPerCreator(int value) {
      return set("NewGameSessionsPerCreator", Value.of(value));
    }

    /**
     * Sets {@code NewGameSessionsPerCreator} to this value; see {@link
     * #newGameSessionsPerCreator(int)}.
     */
    public ResourceCreationLimitPolicy newGameSessionsPerCreator(Value<Integer> value) {
      return set("NewGameSessionsPerCreator", value);
    }

    /**
     * The time span used in evaluating the resource creation limit policy.
     *
     * <p>Range: at least 0. CloudFormation property {@code PolicyPeriodInMinutes}.
     */
    public ResourceCreationLimitPolicy policyPeriodInMinutes(int value) {
      return set("PolicyPeriodInMinutes", Value.of(value));
    }

    /**
     * Sets {@code PolicyPeriodInMinutes} to this value; see {@link #policyPeriodInMinutes(int)}.
     */
    public ResourceCreationLimitPolicy policyPeriodInMinutes(Value<Integer> value) {
      return set("PolicyPeriodInMinutes", value);
    }
  }

  /**
   * A collection of server process configurations that describe the set of processes to run on each
   * instance in a fleet. Server processes run either an executable in a custom game build or a
   * Realtime Servers script. GameLift launches the configured processes, manages their life cycle,
   * and replaces them as needed. Each instance checks regularly for an updated runtime
   * configuration.
   *
   * <p>A GameLift instance is limited to 50 processes running concurrently. To calculate the total
   * number of processes in a runtime configuration, add the values of the
   * <code>ConcurrentExecutions</code> parameter for each ServerProcess. Learn more about <a
   * href="https://docs.aws.amazon.com/gamelift/latest/developerguide/fleets-multiprocess.html">Running
   * Multiple Processes on a Fleet</a> .
   *
   * <p>Property type {@code AWS::GameLift::Fleet.RuntimeConfiguration}.
   */
  public static final class RuntimeConfiguration extends Struct<RuntimeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::Fleet.RuntimeConfiguration")
        .constrain("GameSessionActivationTimeoutSeconds", Constraint.of().minimum(1).maximum(600))
        .constrain("MaxConcurrentGameSessionActivations", Constraint.of().minimum(1).maximum(2147483647))
        .build();

    public RuntimeConfiguration() {
      super(SCHEMA);
    }

    /**
     * The maximum amount of time (in seconds) allowed to launch a new game session and have it
     * report ready to host players. During this time, the game session is in status
     * <code>ACTIVATING</code> . If the game session does not become active before the timeout, it
     * is ended and the game session status is changed to <code>TERMINATED</code> .
     *
     * <p>Range: 1 to 600. CloudFormation property {@code GameSessionActivationTimeoutSeconds}.
     */
    public RuntimeConfiguration gameSessionActivationTimeoutSeconds(int value) {
      return set("GameSessionActivationTimeoutSeconds", Value.of(value));
    }

    /**
     * Sets {@code GameSessionActivationTimeoutSeconds} to this value; see {@link
     * #gameSessionActivationTimeoutSeconds(int)}.
     */
    public RuntimeConfiguration gameSessionActivationTimeoutSeconds(Value<Integer> value) {
      return set("GameSessionActivationTimeoutSeconds", value);
    }

    /**
     * The number of game sessions in status <code>ACTIVATING</code> to allow on an instance or
     * compute. This setting limits the instance resources that can be used for new game activations
     * at any one time.
     *
     * <p>Range: 1 to 2147483647. CloudFormation property {@code
     * MaxConcurrentGameSessionActivations}.
     */
    public RuntimeConfiguration maxConcurrentGameSessionActivations(int value) {
      return set("MaxConcurrentGameSessionActivations", Value.of(value));
    }

    /**
     * Sets {@code MaxConcurrentGameSessionActivations} to this value; see {@link
     * #maxConcurrentGameSessionActivations(int)}.
     */
    public RuntimeConfiguration maxConcurrentGameSessionActivations(Value<Integer> value) {
      return set("MaxConcurrentGameSessionActivations", value);
    }

    /**
     * A collection of server process configurations that identify what server processes to run on
     * fleet computes.
     *
     * <p>CloudFormation property {@code ServerProcesses}.
     */
    public RuntimeConfiguration serverProcesses(List<ServerProcess> value) {
      return set("ServerProcesses", Value.listOf(value));
    }

    /** Sets {@code ServerProcesses} to this value; see {@link #serverProcesses(List)}. */
    public RuntimeConfiguration serverProcesses(Value<List<ServerProcess>> value) {
      return set("ServerProcesses", value);
    }

    /** Sets {@code ServerProcesses} to a list of these; see {@link #serverProcesses(List)}. */
    public RuntimeConfiguration serverProcesses(ServerProcess... values) {
      return set("ServerProcesses", Value.list(values));
    }
  }

  /**
   * Rule that controls how a fleet is scaled. Scaling policies are uniquely identified by the
   * combination of name and fleet ID.
   *
   * <p>Property type {@code AWS::GameLift::Fleet.ScalingPolicy}.
   */
  public static final class ScalingPolicy extends Struct<ScalingPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::Fleet.ScalingPolicy")
        .required("Name")
        .allowed("ComparisonOperator", "GreaterThanOrEqualToThreshold", "GreaterThanThreshold",
            "LessThanThreshold", "LessThanOrEqualToThreshold")
        .constrain("EvaluationPeriods", Constraint.of().minimum(1))
        .constrain("Location", Constraint.of().pattern("^[A-Za-z0-9\\-]+").minLength(1).maxLength(64))
        .allowed("MetricName", "ActivatingGameSessions", "ActiveGameSessions", "ActiveInstances",
            "AvailableGameSessions", "AvailablePlayerSessions", "CurrentPlayerSessions",
            "IdleInstances", "PercentAvailableGameSessions", "PercentIdleInstances", "QueueDepth",
            "WaitTime", "ConcurrentActivatableGameSessions")
        .constrain("Name", Constraint.of().minLength(1).maxLength(1024))
        .allowed("PolicyType", "RuleBased", "TargetBased", "ManagedScaling")
        .allowed("ScalingAdjustmentType", "ChangeInCapacity", "ExactCapacity",
            "PercentChangeInCapacity")
        .allowed("Status", "ACTIVE", "UPDATE_REQUESTED", "UPDATING", "DELETE_REQUESTED", "DELETING",
            "DELETED", "ERROR")
        .allowed("UpdateStatus", "PENDING_UPDATE")
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
     * The fleet location.
     *
     * <p>Length: 1 to 64 characters. Pattern: {@code ^[A-Za-z0-9&#92;-]+}. CloudFormation property
     * {@code Location}.
     */
    public ScalingPolicy location(String value) {
      return set("Location", Value.of(value));
    }

    /** Sets {@code Location} to this value; see {@link #location(String)}. */
    public ScalingPolicy location(Value<String> value) {
      return set("Location", value);
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
     * Current status of the scaling policy. The scaling policy can be in force only when in an
     * <code>ACTIVE</code> status. Scaling policies can be suspended for individual fleets. If the
     * policy is suspended for a fleet, the policy status does not change.
     *
     * <ul> <li><em>ACTIVE</em> -- The scaling policy can be used for auto-scaling a fleet.
     * <li><em>UPDATE_REQUESTED</em> -- A request to update the scaling policy has been received.
     * <li><em>UPDATING</em> -- A change is being made to the scaling policy.
     * <li><em>DELETE_REQUESTED</em> -- A request to delete the scaling policy has been received.
     * <li><em>DELETING</em> -- The scaling policy is being deleted. <li><em>DELETED</em> -- The
     * scaling policy has been deleted. <li><em>ERROR</em> -- An error occurred in creating the
     * policy. It should be removed and recreated. </ul>
     *
     * <p>Allowed values: {@code ACTIVE}, {@code UPDATE_REQUESTED}, {@code UPDATING}, {@code
     * DELETE_REQUESTED}, {@code DELETING}, {@code DELETED}, {@code ERROR}. CloudFormation property
     * {@code Status}.
     */
    public ScalingPolicy status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public ScalingPolicy status(Value<String> value) {
      return set("Status", value);
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

    /**
     * The current status of the fleet's scaling policies in a requested fleet location. The status
     * <code>PENDING_UPDATE</code> indicates that an update was requested for the fleet but has not
     * yet been completed for the location.
     *
     * <p>Allowed values: {@code PENDING_UPDATE}. CloudFormation property {@code UpdateStatus}.
     */
    public ScalingPolicy updateStatus(String value) {
      return set("UpdateStatus", Value.of(value));
    }

    /** Sets {@code UpdateStatus} to this value; see {@link #updateStatus(String)}. */
    public ScalingPolicy updateStatus(Value<String> value) {
      return set("UpdateStatus", value);
    }
  }

  /**
   * A set of instructions for launching server processes on each instance in a fleet. Server
   * processes run either an executable in a custom game build or a Realtime Servers script.
   *
   * <p>Property type {@code AWS::GameLift::Fleet.ServerProcess}.
   */
  public static final class ServerProcess extends Struct<ServerProcess> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::Fleet.ServerProcess")
        .required("ConcurrentExecutions", "LaunchPath")
        .constrain("ConcurrentExecutions", Constraint.of().minimum(1))
        .constrain("LaunchPath", Constraint.of().pattern("^([Cc]:\\\\game\\S+|/local/game/\\S+)").minLength(1).maxLength(1024))
        .constrain("Parameters", Constraint.of().pattern("^[A-Za-z0-9_:.+\\/\\\\\\- =@;{},?'\\[\\]\"]+$").minLength(1).maxLength(1024))
        .build();

    public ServerProcess() {
      super(SCHEMA);
    }

    /**
     * The number of server processes using this configuration that run concurrently on each
     * instance or compute.
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code ConcurrentExecutions}.
     */
    public ServerProcess concurrentExecutions(int value) {
      return set("ConcurrentExecutions", Value.of(value));
    }

    /** Sets {@code ConcurrentExecutions} to this value; see {@link #concurrentExecutions(int)}. */
    public ServerProcess concurrentExecutions(Value<Integer> value) {
      return set("ConcurrentExecutions", value);
    }

    /**
     * The location of a game build executable or Realtime script. Game builds and Realtime scripts
     * are installed on instances at the root:
     *
     * <ul> <li>Windows (custom game builds only): <code>C:&#92;game</code> . Example: "
     * <code>C:&#92;game&#92;MyGame&#92;server.exe</code> " <li>Linux: <code>/local/game</code> .
     * Examples: " <code>/local/game/MyGame/server.exe</code> " or "
     * <code>/local/game/MyRealtimeScript.js</code> " </ul>
     *
     * <p>Amazon GameLift Servers doesn't support the use of setup scripts that launch the game
     * executable. For custom game builds, this parameter must indicate the executable that calls
     * the server SDK operations <code>initSDK()</code> and <code>ProcessReady()</code> .
     *
     * <p>Required. Length: 1 to 1024 characters. Pattern: {@code
     * ^([Cc]:&#92;&#92;game&#92;S+|/local/game/&#92;S+)}. CloudFormation property {@code
     * LaunchPath}.
     */
    public ServerProcess launchPath(String value) {
      return set("LaunchPath", Value.of(value));
    }

    /** Sets {@code LaunchPath} to this value; see {@link #launchPath(String)}. */
    public ServerProcess launchPath(Value<String> value) {
      return set("LaunchPath", value);
    }

    /**
     * An optional list of parameters to pass to the server executable or Realtime script on launch.
     *
     * <p>Length Constraints: Minimum length of 1. Maximum length of 1024.
     *
     * <p>Pattern: [A-Za-z0-9_:.+&#92;/&#92;&#92;&#92;- =&#64;{},?'&#92;[&#92;]"]+
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code ^[A-Za-z0-9_:.+&#92;/&#92;&#92;&#92;-
     * =&#64;;{},?'&#92;[&#92;]"]+$}. CloudFormation property {@code Parameters}.
     */
    public ServerProcess parameters(String value) {
      return set("Parameters", Value.of(value));
    }

    /** Sets {@code Parameters} to this value; see {@link #parameters(String)}. */
    public ServerProcess parameters(Value<String> value) {
      return set("Parameters", value);
    }
  }

  /**
   * Settings for a target-based scaling policy. A target-based policy tracks a particular fleet
   * metric specifies a target value for the metric. As player usage changes, the policy triggers
   * Amazon GameLift Servers to adjust capacity so that the metric returns to the target value. The
   * target configuration specifies settings as needed for the target based policy, including the
   * target value.
   *
   * <p>Property type {@code AWS::GameLift::Fleet.TargetConfiguration}.
   */
  public static final class TargetConfiguration extends Struct<TargetConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::Fleet.TargetConfiguration")
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
