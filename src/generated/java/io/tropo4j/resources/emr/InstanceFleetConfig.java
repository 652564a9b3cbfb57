// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.emr;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Use <code>InstanceFleetConfig</code> to define instance fleets for an EMR cluster. A cluster can
 * not use both instance fleets and instance groups. For more information, see <a
 * href="https://docs.aws.amazon.com//emr/latest/ManagementGuide/emr-instance-group-configuration.html">Configure
 * Instance Fleets</a> in the <em>Amazon EMR Management Guide</em> .
 *
 * <p>The instance fleet configuration is available only in Amazon EMR versions 4.8.0 and later,
 * excluding 5.0.x versions. &gt; You can currently only add a task instance fleet to a cluster with
 * this resource. If you use this resource, CloudFormation waits for the cluster launch to complete
 * before adding the task instance fleet to the cluster. In order to add a task instance fleet to
 * the cluster as part of the cluster launch and minimize delays in provisioning task nodes, use the
 * <code>TaskInstanceFleets</code> subproperty for the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticmapreduce-cluster-jobflowinstancesconfig.html">AWS::EMR::Cluster
 * JobFlowInstancesConfig</a> property instead. To use this subproperty, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticmapreduce-cluster.html">AWS::EMR::Cluster</a>
 * for examples.
 *
 * <p>CloudFormation type {@code AWS::EMR::InstanceFleetConfig}.
 */
public final class InstanceFleetConfig extends Resource<InstanceFleetConfig> {
  private static final Schema SCHEMA = Schema.builder("AWS::EMR::InstanceFleetConfig")
      .required("ClusterId", "InstanceFleetType")
      .constrain("ClusterId", Constraint.of().minLength(0).maxLength(256))
      .refYields("Id")
      .attributes("Id")
      .build();

  public InstanceFleetConfig(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier of the EMR cluster.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. CloudFormation
   * property {@code ClusterId}.
   */
  public InstanceFleetConfig clusterId(String value) {
    return set("ClusterId", Value.of(value));
  }

  /** Sets {@code ClusterId} to this value; see {@link #clusterId(String)}. */
  public InstanceFleetConfig clusterId(Value<String> value) {
    return set("ClusterId", value);
  }

  /**
   * The node type that the instance fleet hosts.
   *
   * <p><em>Allowed Values</em> : TASK
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * InstanceFleetType}.
   */
  public InstanceFleetConfig instanceFleetType(String value) {
    return set("InstanceFleetType", Value.of(value));
  }

  /** Sets {@code InstanceFleetType} to this value; see {@link #instanceFleetType(String)}. */
  public InstanceFleetConfig instanceFleetType(Value<String> value) {
    return set("InstanceFleetType", value);
  }

  /**
   * <code>InstanceTypeConfigs</code> determine the EC2 instances that Amazon EMR attempts to
   * provision to fulfill On-Demand and Spot target capacities.
   *
   * <p>The instance fleet configuration is available only in Amazon EMR versions 4.8.0 and later,
   * excluding 5.0.x versions.
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
   * in an overage. For example, if there are 2 units remaining to fulfill capacity, and Amazon EMR
   * can only provision an instance with a <code>WeightedCapacity</code> of 5 units, the instance is
   * provisioned, and the target capacity is exceeded by 3 units.
   *
   * <p>If not specified or set to 0, only Spot instances are provisioned for the instance fleet
   * using <code>TargetSpotCapacity</code> . At least one of <code>TargetSpotCapacity</code> and
   * <code>TargetOnDemandCapacity</code> should be greater than 0. For a master instance fleet, only
   * one of <code>TargetSpotCapacity</code> and <code>TargetOnDemandCapacity</code> can be
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
   * fleet. At least one of <code>TargetSpotCapacity</code> and <code>TargetOnDemandCapacity</code>
   * should be greater than 0. For a master instance fleet, only one of
   * <code>TargetSpotCapacity</code> and <code>TargetOnDemandCapacity</code> can be specified, and
   * its value must be 1.
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

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Used only with Amazon EMR release 4.0 and later.
   *
   * <p><code>Configuration</code> specifies optional configurations for customizing open-source big
   * data applications and environment parameters. A configuration consists of a classification,
   * properties, and optional nested configurations. A classification refers to an
   * application-specific configuration file. Properties are the settings you want to change in that
   * file. For more information, see <a
   * href="https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-configure-apps.html">Configuring
   * Applications</a> in the <em>Amazon EMR Release Guide</em> .
   *
   * <p>Property type {@code AWS::EMR::InstanceFleetConfig.Configuration}.
   */
  public static final class Configuration extends Struct<Configuration> {
    private static final Schema SCHEMA = Schema.of("AWS::EMR::InstanceFleetConfig.Configuration");

    public Configuration() {
      super(SCHEMA);
    }

    /**
     * The classification within a configuration.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Classification}.
     */
    public Configuration classification(String value) {
      return set("Classification", Value.of(value));
    }

    /** Sets {@code Classification} to this value; see {@link #classification(String)}. */
    public Configuration classification(Value<String> value) {
      return set("Classification", value);
    }

    /**
     * Within a configuration classification, a set of properties that represent the settings that
     * you want to change in the configuration file. Duplicates not allowed.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * ConfigurationProperties}.
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
     * <p>Changing it replaces the resource. CloudFormation property {@code Configurations}.
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
   * <p>Property type {@code AWS::EMR::InstanceFleetConfig.EbsBlockDeviceConfig}.
   */
  public static final class EbsBlockDeviceConfig extends Struct<EbsBlockDeviceConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::InstanceFleetConfig.EbsBlockDeviceConfig")
        .required("VolumeSpecification")
        .build();

    public EbsBlockDeviceConfig() {
      super(SCHEMA);
    }

    /**
     * EBS volume specifications such as volume type, IOPS, size (GiB) and throughput (MiB/s) that
     * are requested for the EBS volume attached to an Amazon EC2 instance in the cluster.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * VolumeSpecification}.
     */
    public EbsBlockDeviceConfig volumeSpecification(Value<VolumeSpecification> value) {
      return set("VolumeSpecification", value);
    }

    /**
     * Number of EBS volumes with a specific volume configuration that are associated with every
     * instance in the instance group
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code VolumesPerInstance}.
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
   * <code>EbsConfiguration</code> determines the EBS volumes to attach to EMR cluster instances.
   *
   * <p>Property type {@code AWS::EMR::InstanceFleetConfig.EbsConfiguration}.
   */
  public static final class EbsConfiguration extends Struct<EbsConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::EMR::InstanceFleetConfig.EbsConfiguration");

    public EbsConfiguration() {
      super(SCHEMA);
    }

    /**
     * An array of Amazon EBS volume specifications attached to a cluster instance.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code EbsBlockDeviceConfigs}.
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
     * <p>Changing it replaces the resource. CloudFormation property {@code EbsOptimized}.
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
   * The instance fleet configuration is available only in Amazon EMR versions 4.8.0 and later,
   * excluding 5.0.x versions.
   *
   * <p><code>InstanceTypeConfig</code> is a sub-property of <code>InstanceFleetConfig</code> .
   * <code>InstanceTypeConfig</code> determines the EC2 instances that Amazon EMR attempts to
   * provision to fulfill On-Demand and Spot target capacities.
   *
   * <p>Property type {@code AWS::EMR::InstanceFleetConfig.InstanceFleetProvisioningSpecifications}.
   */
  public static final class InstanceFleetProvisioningSpecifications extends Struct<InstanceFleetProvisioningSpecifications> {
    private static final Schema SCHEMA = Schema.of("AWS::EMR::InstanceFleetConfig.InstanceFleetProvisioningSpecifications");

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
   * <p>Property type {@code AWS::EMR::InstanceFleetConfig.InstanceFleetResizingSpecifications}.
   */
  public static final class InstanceFleetResizingSpecifications extends Struct<InstanceFleetResizingSpecifications> {
    private static final Schema SCHEMA = Schema.of("AWS::EMR::InstanceFleetConfig.InstanceFleetResizingSpecifications");

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
   * <code>InstanceType</code> config is a subproperty of <code>InstanceFleetConfig</code> . An
   * instance type configuration specifies each instance type in an instance fleet. The
   * configuration determines the EC2 instances Amazon EMR attempts to provision to fulfill
   * On-Demand and Spot target capacities.
   *
   * <p>The instance fleet configuration is available only in Amazon EMR versions 4.8.0 and later,
   * excluding 5.0.x versions.
   *
   * <p>Property type {@code AWS::EMR::InstanceFleetConfig.InstanceTypeConfig}.
   */
  public static final class InstanceTypeConfig extends Struct<InstanceTypeConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::InstanceFleetConfig.InstanceTypeConfig")
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
     * Amazon EMR releases 4.x or later.
     *
     * <p>An optional configuration specification to be used when provisioning cluster instances,
     * which can include configurations for applications and software bundled with Amazon EMR. A
     * configuration consists of a classification, properties, and optional nested configurations. A
     * classification refers to an application-specific configuration file. Properties are the
     * settings you want to change in that file. For more information, see <a
     * href="https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-configure-apps.html">Configuring
     * Applications</a> .
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
   * Describes the strategy for using unused Capacity Reservations for fulfilling On-Demand
   * capacity.
   *
   * <p>Property type {@code AWS::EMR::InstanceFleetConfig.OnDemandCapacityReservationOptions}.
   */
  public static final class OnDemandCapacityReservationOptions extends Struct<OnDemandCapacityReservationOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::EMR::InstanceFleetConfig.OnDemandCapacityReservationOptions");

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
   * <p>Property type {@code AWS::EMR::InstanceFleetConfig.OnDemandProvisioningSpecification}.
   */
  public static final class OnDemandProvisioningSpecification extends Struct<OnDemandProvisioningSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::InstanceFleetConfig.OnDemandProvisioningSpecification")
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
   * <p>Property type {@code AWS::EMR::InstanceFleetConfig.OnDemandResizingSpecification}.
   */
  public static final class OnDemandResizingSpecification extends Struct<OnDemandResizingSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::EMR::InstanceFleetConfig.OnDemandResizingSpecification");

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
   * <code>SpotProvisioningSpecification</code> is a subproperty of the
   * <code>InstanceFleetProvisioningSpecifications</code> property type.
   * <code>SpotProvisioningSpecification</code> determines the launch specification for Spot
   * instances in the instance fleet, which includes the defined duration and provisioning timeout
   * behavior.
   *
   * <p>The instance fleet configuration is available only in Amazon EMR versions 4.8.0 and later,
   * excluding 5.0.x versions.
   *
   * <p>Property type {@code AWS::EMR::InstanceFleetConfig.SpotProvisioningSpecification}.
   */
  public static final class SpotProvisioningSpecification extends Struct<SpotProvisioningSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::InstanceFleetConfig.SpotProvisioningSpecification")
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
   * <p>Property type {@code AWS::EMR::InstanceFleetConfig.SpotResizingSpecification}.
   */
  public static final class SpotResizingSpecification extends Struct<SpotResizingSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::EMR::InstanceFleetConfig.SpotResizingSpecification");

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
   * <code>VolumeSpecification</code> is a subproperty of the <code>EbsBlockDeviceConfig</code>
   * property type. <code>VolumeSecification</code> determines the volume type, IOPS, and size (GiB)
   * for EBS volumes attached to EC2 instances.
   *
   * <p>Property type {@code AWS::EMR::InstanceFleetConfig.VolumeSpecification}.
   */
  public static final class VolumeSpecification extends Struct<VolumeSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::InstanceFleetConfig.VolumeSpecification")
        .required("SizeInGB", "VolumeType")
        .build();

    public VolumeSpecification() {
      super(SCHEMA);
    }

    /**
     * The number of I/O operations per second (IOPS) that the volume supports.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Iops}.
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
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code SizeInGB}.
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
     * <p>Changing it replaces the resource. CloudFormation property {@code Throughput}.
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
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code VolumeType}.
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
