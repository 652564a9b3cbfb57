// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.redshiftserverless;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.Subnet;
import java.util.List;

/**
 * The collection of compute resources in Amazon Redshift Serverless.
 *
 * <p>CloudFormation type {@code AWS::RedshiftServerless::Workgroup}.
 */
public final class Workgroup extends Resource<Workgroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::RedshiftServerless::Workgroup")
      .required("WorkgroupName")
      .constrain("NamespaceName", Constraint.of().pattern("^(?=^[a-z0-9-]+$).{3,64}$").minLength(3).maxLength(64))
      .constrain("SecurityGroupIds", Constraint.of().pattern("^sg-[0-9a-fA-F]{8,}$").minLength(0).maxLength(255).format("AWS::EC2::SecurityGroup.Id"))
      .references("SecurityGroupIds", "AWS::EC2::SecurityGroup.GroupId")
      .constrain("SubnetIds", Constraint.of().pattern("^subnet-[0-9a-fA-F]{8,}$").minLength(0).maxLength(255))
      .references("SubnetIds", "AWS::EC2::Subnet.Ref")
      .constrain("TrackName", Constraint.of().pattern("^[a-zA-Z0-9_]+$").minLength(1).maxLength(256))
      .constrain("WorkgroupName", Constraint.of().pattern("^(?=^[a-z0-9-]+$).{3,64}$").minLength(3).maxLength(64))
      .refYields("WorkgroupName")
      .attributes("Workgroup", "Workgroup.BaseCapacity", "Workgroup.ConfigParameters",
          "Workgroup.CreationDate", "Workgroup.Endpoint", "Workgroup.Endpoint.Address",
          "Workgroup.Endpoint.Port", "Workgroup.Endpoint.VpcEndpoints",
          "Workgroup.EnhancedVpcRouting", "Workgroup.MaxCapacity", "Workgroup.NamespaceName",
          "Workgroup.PubliclyAccessible", "Workgroup.SecurityGroupIds", "Workgroup.Status",
          "Workgroup.SubnetIds", "Workgroup.TrackName", "Workgroup.WorkgroupArn",
          "Workgroup.WorkgroupId", "Workgroup.WorkgroupName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Workgroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The base compute capacity of the workgroup in Redshift Processing Units (RPUs).
   *
   * <p>CloudFormation property {@code BaseCapacity}.
   */
  public Workgroup baseCapacity(int value) {
    return set("BaseCapacity", Value.of(value));
  }

  /** Sets {@code BaseCapacity} to this value; see {@link #baseCapacity(int)}. */
  public Workgroup baseCapacity(Value<Integer> value) {
    return set("BaseCapacity", value);
  }

  /**
   * The key of the parameter. The options are <code>auto_mv</code> , <code>datestyle</code> ,
   * <code>enable_case_sensitive_identifier</code> , <code>enable_user_activity_logging</code> ,
   * <code>query_group</code> , <code>search_path</code> , <code>require_ssl</code> ,
   * <code>use_fips_ssl</code> , and query monitoring metrics that let you define performance
   * boundaries. For more information about query monitoring rules and available metrics, see <a
   * href="https://docs.aws.amazon.com/redshift/latest/dg/cm-c-wlm-query-monitoring-rules.html#cm-c-wlm-query-monitoring-metrics-serverless">Query
   * monitoring metrics for Amazon Redshift Serverless</a> .
   *
   * <p>CloudFormation property {@code ConfigParameters}.
   */
  public Workgroup configParameters(List<ConfigParameter> value) {
    return set("ConfigParameters", Value.listOf(value));
  }

  /** Sets {@code ConfigParameters} to this value; see {@link #configParameters(List)}. */
  public Workgroup configParameters(Value<List<ConfigParameter>> value) {
    return set("ConfigParameters", value);
  }

  /** Sets {@code ConfigParameters} to a list of these; see {@link #configParameters(List)}. */
  public Workgroup configParameters(ConfigParameter... values) {
    return set("ConfigParameters", Value.list(values));
  }

  /**
   * The value that specifies whether to enable enhanced virtual private cloud (VPC) routing, which
   * forces Amazon Redshift Serverless to route traffic through your VPC.
   *
   * <p>Default: {@code false}. CloudFormation property {@code EnhancedVpcRouting}.
   */
  public Workgroup enhancedVpcRouting(boolean value) {
    return set("EnhancedVpcRouting", Value.of(value));
  }

  /** Sets {@code EnhancedVpcRouting} to this value; see {@link #enhancedVpcRouting(boolean)}. */
  public Workgroup enhancedVpcRouting(Value<Boolean> value) {
    return set("EnhancedVpcRouting", value);
  }

  /**
   * The maximum data-warehouse capacity Amazon Redshift Serverless uses to serve queries. The max
   * capacity is specified in RPUs.
   *
   * <p>CloudFormation property {@code MaxCapacity}.
   */
  public Workgroup maxCapacity(int value) {
    return set("MaxCapacity", Value.of(value));
  }

  /** Sets {@code MaxCapacity} to this value; see {@link #maxCapacity(int)}. */
  public Workgroup maxCapacity(Value<Integer> value) {
    return set("MaxCapacity", value);
  }

  /**
   * The namespace the workgroup is associated with.
   *
   * <p>Changing it replaces the resource. Length: 3 to 64 characters. Pattern: {@code
   * ^(?=^[a-z0-9-]+$).{3,64}$}. CloudFormation property {@code NamespaceName}.
   */
  public Workgroup namespaceName(String value) {
    return set("NamespaceName", Value.of(value));
  }

  /** Sets {@code NamespaceName} to this value; see {@link #namespaceName(String)}. */
  public Workgroup namespaceName(Value<String> value) {
    return set("NamespaceName", value);
  }

  /**
   * The custom port to use when connecting to a workgroup. Valid port ranges are 5431-5455 and
   * 8191-8215. The default is 5439.
   *
   * <p>CloudFormation property {@code Port}.
   */
  public Workgroup port(int value) {
    return set("Port", Value.of(value));
  }

  /** Sets {@code Port} to this value; see {@link #port(int)}. */
  public Workgroup port(Value<Integer> value) {
    return set("Port", value);
  }

  /**
   * An object that represents the price performance target settings for the workgroup.
   *
   * <p>CloudFormation property {@code PricePerformanceTarget}.
   */
  public Workgroup pricePerformanceTarget(Value<PerformanceTarget> value) {
    return set("PricePerformanceTarget", value);
  }

  /**
   * A value that specifies whether the workgroup can be accessible from a public network.
   *
   * <p>Default: {@code false}. CloudFormation property {@code PubliclyAccessible}.
   */
  public Workgroup publiclyAccessible(boolean value) {
    return set("PubliclyAccessible", Value.of(value));
  }

  /** Sets {@code PubliclyAccessible} to this value; see {@link #publiclyAccessible(boolean)}. */
  public Workgroup publiclyAccessible(Value<Boolean> value) {
    return set("PubliclyAccessible", value);
  }

  /**
   * The recovery point id to restore from.
   *
   * <p>CloudFormation property {@code RecoveryPointId}.
   */
  public Workgroup recoveryPointId(String value) {
    return set("RecoveryPointId", Value.of(value));
  }

  /** Sets {@code RecoveryPointId} to this value; see {@link #recoveryPointId(String)}. */
  public Workgroup recoveryPointId(Value<String> value) {
    return set("RecoveryPointId", value);
  }

  /**
   * A list of security group IDs to associate with the workgroup.
   *
   * <p>Length: 0 to 255 characters. Pattern: {@code ^sg-[0-9a-fA-F]{8,}$}. Format: {@code
   * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
   */
  public Workgroup securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public Workgroup securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * Sets {@code SecurityGroupIds} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see
   * {@link #securityGroupIds(List)}.
   */
  public Workgroup securityGroupIds(SecurityGroup... resources) {
    return set("SecurityGroupIds", Value.attributes("GroupId", resources));
  }

  /**
   * The Amazon Resource Name (ARN) of the snapshot to restore from.
   *
   * <p>CloudFormation property {@code SnapshotArn}.
   */
  public Workgroup snapshotArn(String value) {
    return set("SnapshotArn", Value.of(value));
  }

  /** Sets {@code SnapshotArn} to this value; see {@link #snapshotArn(String)}. */
  public Workgroup snapshotArn(Value<String> value) {
    return set("SnapshotArn", value);
  }

  /**
   * The snapshot name to restore from.
   *
   * <p>CloudFormation property {@code SnapshotName}.
   */
  public Workgroup snapshotName(String value) {
    return set("SnapshotName", Value.of(value));
  }

  /** Sets {@code SnapshotName} to this value; see {@link #snapshotName(String)}. */
  public Workgroup snapshotName(Value<String> value) {
    return set("SnapshotName", value);
  }

  /**
   * The Amazon Web Services account that owns the snapshot.
   *
   * <p>CloudFormation property {@code SnapshotOwnerAccount}.
   */
  public Workgroup snapshotOwnerAccount(String value) {
    return set("SnapshotOwnerAccount", Value.of(value));
  }

  /** Sets {@code SnapshotOwnerAccount} to this value; see {@link #snapshotOwnerAccount(String)}. */
  public Workgroup snapshotOwnerAccount(Value<String> value) {
    return set("SnapshotOwnerAccount", value);
  }

  /**
   * A list of subnet IDs the workgroup is associated with.
   *
   * <p>Length: 0 to 255 characters. Pattern: {@code ^subnet-[0-9a-fA-F]{8,}$}. CloudFormation
   * property {@code SubnetIds}.
   */
  public Workgroup subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public Workgroup subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /**
   * Sets {@code SubnetIds} to the Ref of each {@code AWS::EC2::Subnet}; see {@link
   * #subnetIds(List)}.
   */
  public Workgroup subnetIds(Subnet... resources) {
    return set("SubnetIds", Value.refs(resources));
  }

  /**
   * The map of the key-value pairs used to tag the workgroup.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Workgroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Workgroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Workgroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * An optional parameter for the name of the track for the workgroup. If you don't provide a track
   * name, the workgroup is assigned to the current track.
   *
   * <p>Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9_]+$}. CloudFormation property
   * {@code TrackName}.
   */
  public Workgroup trackName(String value) {
    return set("TrackName", Value.of(value));
  }

  /** Sets {@code TrackName} to this value; see {@link #trackName(String)}. */
  public Workgroup trackName(Value<String> value) {
    return set("TrackName", value);
  }

  /**
   * The collection of computing resources from which an endpoint is created.
   *
   * <p>CloudFormation property {@code Workgroup}.
   */
  public Workgroup workgroup(Value<WorkgroupProperty> value) {
    return set("Workgroup", value);
  }

  /**
   * The name of the workgroup.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 64 characters. Pattern: {@code
   * ^(?=^[a-z0-9-]+$).{3,64}$}. CloudFormation property {@code WorkgroupName}.
   */
  public Workgroup workgroupName(String value) {
    return set("WorkgroupName", Value.of(value));
  }

  /** Sets {@code WorkgroupName} to this value; see {@link #workgroupName(String)}. */
  public Workgroup workgroupName(Value<String> value) {
    return set("WorkgroupName", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Workgroup}. */
  public Value<WorkgroupProperty> workgroup() {
    return getAtt("Workgroup");
  }

  /**
   * The base data warehouse capacity of the workgroup in Redshift Processing Units (RPUs).
   *
   * <p>{@code Fn::GetAtt} attribute {@code Workgroup.BaseCapacity}.
   */
  public Value<Integer> workgroupBaseCapacity() {
    return getAtt("Workgroup.BaseCapacity");
  }

  /** {@code Fn::GetAtt} attribute {@code Workgroup.ConfigParameters}. */
  public Value<List<ConfigParameter>> workgroupConfigParameters() {
    return getAtt("Workgroup.ConfigParameters");
  }

  /**
   * The creation date of the workgroup.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Workgroup.CreationDate}.
   */
  public Value<String> workgroupCreationDate() {
    return getAtt("Workgroup.CreationDate");
  }

  /** {@code Fn::GetAtt} attribute {@code Workgroup.Endpoint}. */
  public Value<Endpoint> workgroupEndpoint() {
    return getAtt("Workgroup.Endpoint");
  }

  /**
   * The DNS address of the VPC endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Workgroup.Endpoint.Address}.
   */
  public Value<String> workgroupEndpointAddress() {
    return getAtt("Workgroup.Endpoint.Address");
  }

  /**
   * The custom port to use when connecting to a workgroup. Valid port ranges are 5431-5455 and
   * 8191-8215. The default is 5439.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Workgroup.Endpoint.Port}.
   */
  public Value<Integer> workgroupEndpointPort() {
    return getAtt("Workgroup.Endpoint.Port");
  }

  /** {@code Fn::GetAtt} attribute {@code Workgroup.Endpoint.VpcEndpoints}. */
  public Value<List<VpcEndpoint>> workgroupEndpointVpcEndpoints() {
    return getAtt("Workgroup.Endpoint.VpcEndpoints");
  }

  /**
   * The value that specifies whether to enable enhanced virtual private cloud (VPC) routing, which
   * forces Amazon Redshift Serverless to route traffic through your VPC.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Workgroup.EnhancedVpcRouting}.
   */
  public Value<Boolean> workgroupEnhancedVpcRouting() {
    return getAtt("Workgroup.EnhancedVpcRouting");
  }

  /**
   * The maximum data-warehouse capacity Amazon Redshift Serverless uses to serve queries. The max
   * capacity is specified in RPUs.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Workgroup.MaxCapacity}.
   */
  public Value<Integer> workgroupMaxCapacity() {
    return getAtt("Workgroup.MaxCapacity");
  }

  /**
   * The namespace the workgroup is associated with.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Workgroup.NamespaceName}.
   */
  public Value<String> workgroupNamespaceName() {
    return getAtt("Workgroup.NamespaceName");
  }

  /**
   * A value that specifies whether the workgroup can be accessible from a public network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Workgroup.PubliclyAccessible}.
   */
  public Value<Boolean> workgroupPubliclyAccessible() {
    return getAtt("Workgroup.PubliclyAccessible");
  }

  /**
   * An array of security group IDs to associate with the workgroup.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Workgroup.SecurityGroupIds}.
   */
  public Value<List<String>> workgroupSecurityGroupIds() {
    return getAtt("Workgroup.SecurityGroupIds");
  }

  /**
   * The status of the workgroup.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Workgroup.Status}.
   */
  public Value<String> workgroupStatus() {
    return getAtt("Workgroup.Status");
  }

  /**
   * An array of subnet IDs the workgroup is associated with.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Workgroup.SubnetIds}.
   */
  public Value<List<String>> workgroupSubnetIds() {
    return getAtt("Workgroup.SubnetIds");
  }

  /**
   * The name of the track for the workgroup.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Workgroup.TrackName}.
   */
  public Value<String> workgroupTrackName() {
    return getAtt("Workgroup.TrackName");
  }

  /**
   * The Amazon Resource Name (ARN) that links to the workgroup.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Workgroup.WorkgroupArn}.
   */
  public Value<String> workgroupWorkgroupArn() {
    return getAtt("Workgroup.WorkgroupArn");
  }

  /**
   * The unique identifier of the workgroup.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Workgroup.WorkgroupId}.
   */
  public Value<String> workgroupWorkgroupId() {
    return getAtt("Workgroup.WorkgroupId");
  }

  /**
   * The name of the workgroup.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Workgroup.WorkgroupName}.
   */
  public Value<String> workgroupWorkgroupName() {
    return getAtt("Workgroup.WorkgroupName");
  }

  /**
   * A array of parameters to set for more control over a serverless database.
   *
   * <p>Property type {@code AWS::RedshiftServerless::Workgroup.ConfigParameter}.
   */
  public static final class ConfigParameter extends Struct<ConfigParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::RedshiftServerless::Workgroup.ConfigParameter")
        .constrain("ParameterKey", Constraint.of().minLength(0).maxLength(255))
        .constrain("ParameterValue", Constraint.of().minLength(0).maxLength(15000))
        .build();

    public ConfigParameter() {
      super(SCHEMA);
    }

    /**
     * The key of the parameter. The options are <code>auto_mv</code> , <code>datestyle</code> ,
     * <code>enable_case_sensitive_identifier</code> , <code>enable_user_activity_logging</code> ,
     * <code>query_group</code> , <code>search_path</code> , <code>require_ssl</code> ,
     * <code>use_fips_ssl</code> , and query monitoring metrics that let you define performance
     * boundaries. For more information about query monitoring rules and available metrics, see <a
     * href="https://docs.aws.amazon.com/redshift/latest/dg/cm-c-wlm-query-monitoring-rules.html#cm-c-wlm-query-monitoring-metrics-serverless">Query
     * monitoring metrics for Amazon Redshift Serverless</a> .
     *
     * <p>Length: 0 to 255 characters. CloudFormation property {@code ParameterKey}.
     */
    public ConfigParameter parameterKey(String value) {
      return set("ParameterKey", Value.of(value));
    }

    /** Sets {@code ParameterKey} to this value; see {@link #parameterKey(String)}. */
    public ConfigParameter parameterKey(Value<String> value) {
      return set("ParameterKey", value);
    }

    /**
     * The value of the parameter to set.
     *
     * <p>Length: 0 to 15000 characters. CloudFormation property {@code ParameterValue}.
     */
    public ConfigParameter parameterValue(String value) {
      return set("ParameterValue", Value.of(value));
    }

    /** Sets {@code ParameterValue} to this value; see {@link #parameterValue(String)}. */
    public ConfigParameter parameterValue(Value<String> value) {
      return set("ParameterValue", value);
    }
  }

  /**
   * The VPC endpoint object.
   *
   * <p>Property type {@code AWS::RedshiftServerless::Workgroup.Endpoint}.
   */
  public static final class Endpoint extends Struct<Endpoint> {
    private static final Schema SCHEMA = Schema.of("AWS::RedshiftServerless::Workgroup.Endpoint");

    public Endpoint() {
      super(SCHEMA);
    }

    /**
     * The DNS address of the VPC endpoint.
     *
     * <p>CloudFormation property {@code Address}.
     */
    public Endpoint address(String value) {
      return set("Address", Value.of(value));
    }

    /** Sets {@code Address} to this value; see {@link #address(String)}. */
    public Endpoint address(Value<String> value) {
      return set("Address", value);
    }

    /**
     * The port that Amazon Redshift Serverless listens on.
     *
     * <p>CloudFormation property {@code Port}.
     */
    public Endpoint port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public Endpoint port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * An array of <code>VpcEndpoint</code> objects.
     *
     * <p>CloudFormation property {@code VpcEndpoints}.
     */
    public Endpoint vpcEndpoints(List<VpcEndpoint> value) {
      return set("VpcEndpoints", Value.listOf(value));
    }

    /** Sets {@code VpcEndpoints} to this value; see {@link #vpcEndpoints(List)}. */
    public Endpoint vpcEndpoints(Value<List<VpcEndpoint>> value) {
      return set("VpcEndpoints", value);
    }

    /** Sets {@code VpcEndpoints} to a list of these; see {@link #vpcEndpoints(List)}. */
    public Endpoint vpcEndpoints(VpcEndpoint... values) {
      return set("VpcEndpoints", Value.list(values));
    }
  }

  /**
   * Contains information about a network interface in an Amazon Redshift Serverless managed VPC
   * endpoint.
   *
   * <p>Property type {@code AWS::RedshiftServerless::Workgroup.NetworkInterface}.
   */
  public static final class NetworkInterface extends Struct<NetworkInterface> {
    private static final Schema SCHEMA = Schema.builder("AWS::RedshiftServerless::Workgroup.NetworkInterface")
        .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
        .build();

    public NetworkInterface() {
      super(SCHEMA);
    }

    /**
     * The availability Zone.
     *
     * <p>CloudFormation property {@code AvailabilityZone}.
     */
    public NetworkInterface availabilityZone(String value) {
      return set("AvailabilityZone", Value.of(value));
    }

    /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
    public NetworkInterface availabilityZone(Value<String> value) {
      return set("AvailabilityZone", value);
    }

    /**
     * The unique identifier of the network interface.
     *
     * <p>CloudFormation property {@code NetworkInterfaceId}.
     */
    public NetworkInterface networkInterfaceId(String value) {
      return set("NetworkInterfaceId", Value.of(value));
    }

    /** Sets {@code NetworkInterfaceId} to this value; see {@link #networkInterfaceId(String)}. */
    public NetworkInterface networkInterfaceId(Value<String> value) {
      return set("NetworkInterfaceId", value);
    }

    /**
     * The IPv4 address of the network interface within the subnet.
     *
     * <p>CloudFormation property {@code PrivateIpAddress}.
     */
    public NetworkInterface privateIpAddress(String value) {
      return set("PrivateIpAddress", Value.of(value));
    }

    /** Sets {@code PrivateIpAddress} to this value; see {@link #privateIpAddress(String)}. */
    public NetworkInterface privateIpAddress(Value<String> value) {
      return set("PrivateIpAddress", value);
    }

    /**
     * The unique identifier of the subnet.
     *
     * <p>Format: {@code AWS::EC2::Subnet.Id}. CloudFormation property {@code SubnetId}.
     */
    public NetworkInterface subnetId(String value) {
      return set("SubnetId", Value.of(value));
    }

    /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
    public NetworkInterface subnetId(Value<String> value) {
      return set("SubnetId", value);
    }
  }

  /**
   * An object that represents the price performance target settings for the workgroup.
   *
   * <p>Property type {@code AWS::RedshiftServerless::Workgroup.PerformanceTarget}.
   */
  public static final class PerformanceTarget extends Struct<PerformanceTarget> {
    private static final Schema SCHEMA = Schema.builder("AWS::RedshiftServerless::Workgroup.PerformanceTarget")
        .constrain("Level", Constraint.of().minimum(1).maximum(100))
        .allowed("Status", "ENABLED", "DISABLED")
        .build();

    public PerformanceTarget() {
      super(SCHEMA);
    }

    /**
     * The target price performance level for the workgroup. Valid values include 1, 25, 50, 75, and
     * 100. These correspond to the price performance levels LOW_COST, ECONOMICAL, BALANCED,
     * RESOURCEFUL, and HIGH_PERFORMANCE.
     *
     * <p>Range: 1 to 100. CloudFormation property {@code Level}.
     */
    public PerformanceTarget level(int value) {
      return set("Level", Value.of(value));
    }

    /** Sets {@code Level} to this value; see {@link #level(int)}. */
    public PerformanceTarget level(Value<Integer> value) {
      return set("Level", value);
    }

    /**
     * Whether the price performance target is enabled for the workgroup.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code Status}.
     */
    public PerformanceTarget status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public PerformanceTarget status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * The connection endpoint for connecting to Amazon Redshift Serverless through the proxy.
   *
   * <p>Property type {@code AWS::RedshiftServerless::Workgroup.VpcEndpoint}.
   */
  public static final class VpcEndpoint extends Struct<VpcEndpoint> {
    private static final Schema SCHEMA = Schema.builder("AWS::RedshiftServerless::Workgroup.VpcEndpoint")
        .constrain("VpcId", Constraint.of().format("AWS::EC2::VPC.Id"))
        .build();

    public VpcEndpoint() {
      super(SCHEMA);
    }

    /**
     * One or more network interfaces of the endpoint. Also known as an interface endpoint.
     *
     * <p>CloudFormation property {@code NetworkInterfaces}.
     */
    public VpcEndpoint networkInterfaces(List<NetworkInterface> value) {
      return set("NetworkInterfaces", Value.listOf(value));
    }

    /** Sets {@code NetworkInterfaces} to this value; see {@link #networkInterfaces(List)}. */
    public VpcEndpoint networkInterfaces(Value<List<NetworkInterface>> value) {
      return set("NetworkInterfaces", value);
    }

    /** Sets {@code NetworkInterfaces} to a list of these; see {@link #networkInterfaces(List)}. */
    public VpcEndpoint networkInterfaces(NetworkInterface... values) {
      return set("NetworkInterfaces", Value.list(values));
    }

    /**
     * The connection endpoint ID for connecting to Amazon Redshift Serverless.
     *
     * <p>CloudFormation property {@code VpcEndpointId}.
     */
    public VpcEndpoint vpcEndpointId(String value) {
      return set("VpcEndpointId", Value.of(value));
    }

    /** Sets {@code VpcEndpointId} to this value; see {@link #vpcEndpointId(String)}. */
    public VpcEndpoint vpcEndpointId(Value<String> value) {
      return set("VpcEndpointId", value);
    }

    /**
     * The VPC identifier that the endpoint is associated with.
     *
     * <p>Format: {@code AWS::EC2::VPC.Id}. CloudFormation property {@code VpcId}.
     */
    public VpcEndpoint vpcId(String value) {
      return set("VpcId", Value.of(value));
    }

    /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
    public VpcEndpoint vpcId(Value<String> value) {
      return set("VpcId", value);
    }
  }

  /**
   * The collection of computing resources from which an endpoint is created.
   *
   * <p>Property type {@code AWS::RedshiftServerless::Workgroup.Workgroup}.
   */
  public static final class WorkgroupProperty extends Struct<WorkgroupProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::RedshiftServerless::Workgroup.Workgroup")
        .constrain("NamespaceName", Constraint.of().pattern("^[a-z0-9-]+$").minLength(3).maxLength(64))
        .constrain("SecurityGroupIds", Constraint.of().pattern("^sg-[0-9a-fA-F]{8,}$").minLength(0).maxLength(255).format("AWS::EC2::SecurityGroup.Id"))
        .allowed("Status", "CREATING", "AVAILABLE", "MODIFYING", "DELETING")
        .constrain("SubnetIds", Constraint.of().pattern("^subnet-[0-9a-fA-F]{8,}$").minLength(0).maxLength(255))
        .constrain("TrackName", Constraint.of().pattern("^[a-zA-Z0-9_]+$").minLength(1).maxLength(256))
        .constrain("WorkgroupName", Constraint.of().pattern("^[a-z0-9-]*$").minLength(3).maxLength(64))
        .build();

    public WorkgroupProperty() {
      super(SCHEMA);
    }

    /**
     * The base data warehouse capacity of the workgroup in Redshift Processing Units (RPUs).
     *
     * <p>CloudFormation property {@code BaseCapacity}.
     */
    public WorkgroupProperty baseCapacity(int value) {
      return set("BaseCapacity", Value.of(value));
    }

    /** Sets {@code BaseCapacity} to this value; see {@link #baseCapacity(int)}. */
    public WorkgroupProperty baseCapacity(Value<Integer> value) {
      return set("BaseCapacity", value);
    }

    /**
     * An array of parameters to set for advanced control over a database. The options are
     * <code>auto_mv</code> , <code>datestyle</code> , <code>enable_case_sensitive_identifier</code>
     * , <code>enable_user_activity_logging</code> , <code>query_group</code> ,
     * <code>search_path</code> , <code>require_ssl</code> , <code>use_fips_ssl</code> , and query
     * monitoring metrics that let you define performance boundaries. For more information about
     * query monitoring rules and available metrics, see <a
     * href="https://docs.aws.amazon.com/redshift/latest/dg/cm-c-wlm-query-monitoring-rules.html#cm-c-wlm-query-monitoring-metrics-serverless">Query
     * monitoring metrics for Amazon Redshift Serverless</a> .
     *
     * <p>CloudFormation property {@code ConfigParameters}.
     */
    public WorkgroupProperty configParameters(List<ConfigParameter> value) {
      return set("ConfigParameters", Value.listOf(value));
    }

    /** Sets {@code ConfigParameters} to this value; see {@link #configParameters(List)}. */
    public WorkgroupProperty configParameters(Value<List<ConfigParameter>> value) {
      return set("ConfigParameters", value);
    }

    /** Sets {@code ConfigParameters} to a list of these; see {@link #configParameters(List)}. */
    public WorkgroupProperty configParameters(ConfigParameter... values) {
      return set("ConfigParameters", Value.list(values));
    }

    /**
     * The creation date of the workgroup.
     *
     * <p>CloudFormation property {@code CreationDate}.
     */
    public WorkgroupProperty creationDate(String value) {
      return set("CreationDate", Value.of(value));
    }

    /** Sets {@code CreationDate} to this value; see {@link #creationDate(String)}. */
    public WorkgroupProperty creationDate(Value<String> value) {
      return set("CreationDate", value);
    }

    /**
     * The endpoint that is created from the workgroup.
     *
     * <p>CloudFormation property {@code Endpoint}.
     */
    public WorkgroupProperty endpoint(Value<Endpoint> value) {
      return set("Endpoint", value);
    }

    /**
     * The value that specifies whether to enable enhanced virtual private cloud (VPC) routing,
     * which forces Amazon Redshift Serverless to route traffic through your VPC.
     *
     * <p>CloudFormation property {@code EnhancedVpcRouting}.
     */
    public WorkgroupProperty enhancedVpcRouting(boolean value) {
      return set("EnhancedVpcRouting", Value.of(value));
    }

    /** Sets {@code EnhancedVpcRouting} to this value; see {@link #enhancedVpcRouting(boolean)}. */
    public WorkgroupProperty enhancedVpcRouting(Value<Boolean> value) {
      return set("EnhancedVpcRouting", value);
    }

    /**
     * The maximum data-warehouse capacity Amazon Redshift Serverless uses to serve queries. The max
     * capacity is specified in RPUs.
     *
     * <p>CloudFormation property {@code MaxCapacity}.
     */
    public WorkgroupProperty maxCapacity(int value) {
      return set("MaxCapacity", Value.of(value));
    }

    /** Sets {@code MaxCapacity} to this value; see {@link #maxCapacity(int)}. */
    public WorkgroupProperty maxCapacity(Value<Integer> value) {
      return set("MaxCapacity", value);
    }

    /**
     * The namespace the workgroup is associated with.
     *
     * <p>Length: 3 to 64 characters. Pattern: {@code ^[a-z0-9-]+$}. CloudFormation property {@code
     * NamespaceName}.
     */
    public WorkgroupProperty namespaceName(String value) {
      return set("NamespaceName", Value.of(value));
    }

    /** Sets {@code NamespaceName} to this value; see {@link #namespaceName(String)}. */
    public WorkgroupProperty namespaceName(Value<String> value) {
      return set("NamespaceName", value);
    }

    /**
     * An object that represents the price performance target settings for the workgroup.
     *
     * <p>CloudFormation property {@code PricePerformanceTarget}.
     */
    public WorkgroupProperty pricePerformanceTarget(Value<PerformanceTarget> value) {
      return set("PricePerformanceTarget", value);
    }

    /**
     * A value that specifies whether the workgroup can be accessible from a public network.
     *
     * <p>CloudFormation property {@code PubliclyAccessible}.
     */
    public WorkgroupProperty publiclyAccessible(boolean value) {
      return set("PubliclyAccessible", Value.of(value));
    }

    /** Sets {@code PubliclyAccessible} to this value; see {@link #publiclyAccessible(boolean)}. */
    public WorkgroupProperty publiclyAccessible(Value<Boolean> value) {
      return set("PubliclyAccessible", value);
    }

    /**
     * An array of security group IDs to associate with the workgroup.
     *
     * <p>Length: 0 to 255 characters. Pattern: {@code ^sg-[0-9a-fA-F]{8,}$}. Format: {@code
     * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
     */
    public WorkgroupProperty securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public WorkgroupProperty securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * The status of the workgroup.
     *
     * <p>Allowed values: {@code CREATING}, {@code AVAILABLE}, {@code MODIFYING}, {@code DELETING}.
     * CloudFormation property {@code Status}.
     */
    public WorkgroupProperty status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public WorkgroupProperty status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * An array of subnet IDs the workgroup is associated with.
     *
     * <p>Length: 0 to 255 characters. Pattern: {@code ^subnet-[0-9a-fA-F]{8,}$}. CloudFormation
     * property {@code SubnetIds}.
     */
    public WorkgroupProperty subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public WorkgroupProperty subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }

    /**
     * The name of the track for the workgroup.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9_]+$}. CloudFormation property
     * {@code TrackName}.
     */
    public WorkgroupProperty trackName(String value) {
      return set("TrackName", Value.of(value));
    }

    /** Sets {@code TrackName} to this value; see {@link #trackName(String)}. */
    public WorkgroupProperty trackName(Value<String> value) {
      return set("TrackName", value);
    }

    /**
     * The Amazon Resource Name (ARN) that links to the workgroup.
     *
     * <p>CloudFormation property {@code WorkgroupArn}.
     */
    public WorkgroupProperty workgroupArn(String value) {
      return set("WorkgroupArn", Value.of(value));
    }

    /** Sets {@code WorkgroupArn} to this value; see {@link #workgroupArn(String)}. */
    public WorkgroupProperty workgroupArn(Value<String> value) {
      return set("WorkgroupArn", value);
    }

    /**
     * The unique identifier of the workgroup.
     *
     * <p>CloudFormation property {@code WorkgroupId}.
     */
    public WorkgroupProperty workgroupId(String value) {
      return set("WorkgroupId", Value.of(value));
    }

    /** Sets {@code WorkgroupId} to this value; see {@link #workgroupId(String)}. */
    public WorkgroupProperty workgroupId(Value<String> value) {
      return set("WorkgroupId", value);
    }

    /**
     * The name of the workgroup.
     *
     * <p>Length: 3 to 64 characters. Pattern: {@code ^[a-z0-9-]*$}. CloudFormation property {@code
     * WorkgroupName}.
     */
    public WorkgroupProperty workgroupName(String value) {
      return set("WorkgroupName", Value.of(value));
    }

    /** Sets {@code WorkgroupName} to this value; see {@link #workgroupName(String)}. */
    public WorkgroupProperty workgroupName(Value<String> value) {
      return set("WorkgroupName", value);
    }
  }
}
