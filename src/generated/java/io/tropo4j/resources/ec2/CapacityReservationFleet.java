// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new Capacity Reservation Fleet with the specified attributes. For more information, see
 * <a href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/cr-fleets.html">Capacity Reservation
 * Fleets</a> in the <em>Amazon EC2 User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::CapacityReservationFleet}.
 */
public final class CapacityReservationFleet extends Resource<CapacityReservationFleet> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::CapacityReservationFleet")
      .allowed("InstanceMatchCriteria", "open")
      .allowed("Tenancy", "default")
      .constrain("TotalTargetCapacity", Constraint.of().minimum(1).maximum(25000))
      .refYields("CapacityReservationFleetId")
      .attributes("CapacityReservationFleetId")
      .build();

  public CapacityReservationFleet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The strategy used by the Capacity Reservation Fleet to determine which of the specified
   * instance types to use. Currently, only the <code>prioritized</code> allocation strategy is
   * supported. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/crfleet-concepts.html#allocation-strategy">Allocation
   * strategy</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Valid values: <code>prioritized</code>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AllocationStrategy}.
   */
  public CapacityReservationFleet allocationStrategy(String value) {
    return set("AllocationStrategy", Value.of(value));
  }

  /** Sets {@code AllocationStrategy} to this value; see {@link #allocationStrategy(String)}. */
  public CapacityReservationFleet allocationStrategy(Value<String> value) {
    return set("AllocationStrategy", value);
  }

  /**
   * The date and time at which the Capacity Reservation Fleet expires. When the Capacity
   * Reservation Fleet expires, its state changes to <code>expired</code> and all of the Capacity
   * Reservations in the Fleet expire.
   *
   * <p>The Capacity Reservation Fleet expires within an hour after the specified time. For example,
   * if you specify <code>5/31/2019</code> , <code>13:30:55</code> , the Capacity Reservation Fleet
   * is guaranteed to expire between <code>13:30:55</code> and <code>14:30:55</code> on
   * <code>5/31/2019</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EndDate}.
   */
  public CapacityReservationFleet endDate(String value) {
    return set("EndDate", Value.of(value));
  }

  /** Sets {@code EndDate} to this value; see {@link #endDate(String)}. */
  public CapacityReservationFleet endDate(Value<String> value) {
    return set("EndDate", value);
  }

  /**
   * Indicates the type of instance launches that the Capacity Reservation Fleet accepts. All
   * Capacity Reservations in the Fleet inherit this instance matching criteria.
   *
   * <p>Currently, Capacity Reservation Fleets support <code>open</code> instance matching criteria
   * only. This means that instances that have matching attributes (instance type, platform, and
   * Availability Zone) run in the Capacity Reservations automatically. Instances do not need to
   * explicitly target a Capacity Reservation Fleet to use its reserved capacity.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code open}. CloudFormation property
   * {@code InstanceMatchCriteria}.
   */
  public CapacityReservationFleet instanceMatchCriteria(String value) {
    return set("InstanceMatchCriteria", Value.of(value));
  }

  /**
   * Sets {@code InstanceMatchCriteria} to this value; see {@link #instanceMatchCriteria(String)}.
   */
  public CapacityReservationFleet instanceMatchCriteria(Value<String> value) {
    return set("InstanceMatchCriteria", value);
  }

  /**
   * Information about the instance types for which to reserve the capacity.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * InstanceTypeSpecifications}.
   */
  public CapacityReservationFleet instanceTypeSpecifications(List<InstanceTypeSpecification> value) {
    return set("InstanceTypeSpecifications", Value.listOf(value));
  }

  /**
   * Sets {@code InstanceTypeSpecifications} to this value; see {@link
   * #instanceTypeSpecifications(List)}.
   */
  public CapacityReservationFleet instanceTypeSpecifications(Value<List<InstanceTypeSpecification>> value) {
    return set("InstanceTypeSpecifications", value);
  }

  /**
   * Sets {@code InstanceTypeSpecifications} to a list of these; see {@link
   * #instanceTypeSpecifications(List)}.
   */
  public CapacityReservationFleet instanceTypeSpecifications(InstanceTypeSpecification... values) {
    return set("InstanceTypeSpecifications", Value.list(values));
  }

  /**
   * Used to add an end date to a Capacity Reservation Fleet that has no end date and time. To add
   * an end date to a Capacity Reservation Fleet, specify <code>true</code> for this paramater and
   * specify the end date and time (in UTC time format) for the <em>EndDate</em> parameter.
   *
   * <p>CloudFormation property {@code NoRemoveEndDate}.
   */
  public CapacityReservationFleet noRemoveEndDate(boolean value) {
    return set("NoRemoveEndDate", Value.of(value));
  }

  /** Sets {@code NoRemoveEndDate} to this value; see {@link #noRemoveEndDate(boolean)}. */
  public CapacityReservationFleet noRemoveEndDate(Value<Boolean> value) {
    return set("NoRemoveEndDate", value);
  }

  /**
   * Used to remove an end date from a Capacity Reservation Fleet that is configured to end
   * automatically at a specific date and time. To remove the end date from a Capacity Reservation
   * Fleet, specify <code>true</code> for this paramater and omit the <em>EndDate</em> parameter.
   *
   * <p>CloudFormation property {@code RemoveEndDate}.
   */
  public CapacityReservationFleet removeEndDate(boolean value) {
    return set("RemoveEndDate", Value.of(value));
  }

  /** Sets {@code RemoveEndDate} to this value; see {@link #removeEndDate(boolean)}. */
  public CapacityReservationFleet removeEndDate(Value<Boolean> value) {
    return set("RemoveEndDate", value);
  }

  /**
   * The tags to assign to the Capacity Reservation Fleet. The tags are automatically assigned to
   * the Capacity Reservations in the Fleet.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TagSpecifications}.
   */
  public CapacityReservationFleet tagSpecifications(List<TagSpecification> value) {
    return set("TagSpecifications", Value.listOf(value));
  }

  /** Sets {@code TagSpecifications} to this value; see {@link #tagSpecifications(List)}. */
  public CapacityReservationFleet tagSpecifications(Value<List<TagSpecification>> value) {
    return set("TagSpecifications", value);
  }

  /** Sets {@code TagSpecifications} to a list of these; see {@link #tagSpecifications(List)}. */
  public CapacityReservationFleet tagSpecifications(TagSpecification... values) {
    return set("TagSpecifications", Value.list(values));
  }

  /**
   * Indicates the tenancy of the Capacity Reservation Fleet. All Capacity Reservations in the Fleet
   * inherit this tenancy. The Capacity Reservation Fleet can have one of the following tenancy
   * settings:
   *
   * <ul> <li><code>default</code> - The Capacity Reservation Fleet is created on hardware that is
   * shared with other AWS accounts . <li><code>dedicated</code> - The Capacity Reservations are
   * created on single-tenant hardware that is dedicated to a single AWS account . </ul>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code default}. CloudFormation property
   * {@code Tenancy}.
   */
  public CapacityReservationFleet tenancy(String value) {
    return set("Tenancy", Value.of(value));
  }

  /** Sets {@code Tenancy} to this value; see {@link #tenancy(String)}. */
  public CapacityReservationFleet tenancy(Value<String> value) {
    return set("Tenancy", value);
  }

  /**
   * The total number of capacity units to be reserved by the Capacity Reservation Fleet. This
   * value, together with the instance type weights that you assign to each instance type used by
   * the Fleet determine the number of instances for which the Fleet reserves capacity. Both values
   * are based on units that make sense for your workload. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/crfleet-concepts.html#target-capacity">Total
   * target capacity</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Range: 1 to 25000. CloudFormation property {@code TotalTargetCapacity}.
   */
  public CapacityReservationFleet totalTargetCapacity(int value) {
    return set("TotalTargetCapacity", Value.of(value));
  }

  /** Sets {@code TotalTargetCapacity} to this value; see {@link #totalTargetCapacity(int)}. */
  public CapacityReservationFleet totalTargetCapacity(Value<Integer> value) {
    return set("TotalTargetCapacity", value);
  }

  /**
   * The ID of the Capacity Reservation Fleet.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CapacityReservationFleetId}.
   */
  public Value<String> capacityReservationFleetId() {
    return getAtt("CapacityReservationFleetId");
  }

  /**
   * Specifies information about an instance type to use in a Capacity Reservation Fleet.
   *
   * <p><code>InstanceTypeSpecification</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-capacityreservationfleet.html">AWS::EC2::CapacityReservationFleet</a>
   * resource.
   *
   * <p>Property type {@code AWS::EC2::CapacityReservationFleet.InstanceTypeSpecification}.
   */
  public static final class InstanceTypeSpecification extends Struct<InstanceTypeSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::CapacityReservationFleet.InstanceTypeSpecification")
        .allowed("InstancePlatform", "Linux with SQL Server Enterprise",
            "Linux with SQL Server Standard", "Linux with SQL Server Web", "Linux/UNIX",
            "RHEL with HA", "RHEL with HA and SQL Server Enterprise",
            "RHEL with HA and SQL Server Standard", "RHEL with SQL Server Enterprise",
            "RHEL with SQL Server Standard", "RHEL with SQL Server Web", "Red Hat Enterprise Linux",
            "SUSE Linux", "Ubuntu Pro", "Windows", "Windows with SQL Server",
            "Windows with SQL Server Enterprise", "Windows with SQL Server Standard",
            "Windows with SQL Server Web")
        .constrain("Priority", Constraint.of().minimum(0).maximum(999))
        .constrain("Weight", Constraint.of().minimum(0.001).maximum(99.999))
        .build();

    public InstanceTypeSpecification() {
      super(SCHEMA);
    }

    /**
     * The Availability Zone in which the Capacity Reservation Fleet reserves the capacity. A
     * Capacity Reservation Fleet can't span Availability Zones. All instance type specifications
     * that you specify for the Fleet must use the same Availability Zone.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AvailabilityZone}.
     */
    public InstanceTypeSpecification availabilityZone(String value) {
      return set("AvailabilityZone", Value.of(value));
    }

    /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
    public InstanceTypeSpecification availabilityZone(Value<String> value) {
      return set("AvailabilityZone", value);
    }

    /**
     * The ID of the Availability Zone in which the Capacity Reservation Fleet reserves the
     * capacity. A Capacity Reservation Fleet can't span Availability Zones. All instance type
     * specifications that you specify for the Fleet must use the same Availability Zone.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AvailabilityZoneId}.
     */
    public InstanceTypeSpecification availabilityZoneId(String value) {
      return set("AvailabilityZoneId", Value.of(value));
    }

    /** Sets {@code AvailabilityZoneId} to this value; see {@link #availabilityZoneId(String)}. */
    public InstanceTypeSpecification availabilityZoneId(Value<String> value) {
      return set("AvailabilityZoneId", value);
    }

    /**
     * Indicates whether the Capacity Reservation Fleet supports EBS-optimized instances types. This
     * optimization provides dedicated throughput to Amazon EBS and an optimized configuration stack
     * to provide optimal I/O performance. This optimization isn't available with all instance
     * types. Additional usage charges apply when using EBS-optimized instance types.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code EbsOptimized}.
     */
    public InstanceTypeSpecification ebsOptimized(boolean value) {
      return set("EbsOptimized", Value.of(value));
    }

    /** Sets {@code EbsOptimized} to this value; see {@link #ebsOptimized(boolean)}. */
    public InstanceTypeSpecification ebsOptimized(Value<Boolean> value) {
      return set("EbsOptimized", value);
    }

    /**
     * The type of operating system for which the Capacity Reservation Fleet reserves capacity.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code Linux with SQL Server
     * Enterprise}, {@code Linux with SQL Server Standard}, {@code Linux with SQL Server Web},
     * {@code Linux/UNIX}, {@code RHEL with HA}, {@code RHEL with HA and SQL Server Enterprise},
     * {@code RHEL with HA and SQL Server Standard}, {@code RHEL with SQL Server Enterprise}, {@code
     * RHEL with SQL Server Standard}, {@code RHEL with SQL Server Web}, {@code Red Hat Enterprise
     * Linux}, {@code SUSE Linux}, {@code Ubuntu Pro}, {@code Windows}, {@code Windows with SQL
     * Server}, {@code Windows with SQL Server Enterprise}, {@code Windows with SQL Server
     * Standard}, {@code Windows with SQL Server Web}. CloudFormation property {@code
     * InstancePlatform}.
     */
    public InstanceTypeSpecification instancePlatform(String value) {
      return set("InstancePlatform", Value.of(value));
    }

    /** Sets {@code InstancePlatform} to this value; see {@link #instancePlatform(String)}. */
    public InstanceTypeSpecification instancePlatform(Value<String> value) {
      return set("InstancePlatform", value);
    }

    /**
     * The instance type for which the Capacity Reservation Fleet reserves capacity.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code InstanceType}.
     */
    public InstanceTypeSpecification instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public InstanceTypeSpecification instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /**
     * The priority to assign to the instance type. This value is used to determine which of the
     * instance types specified for the Fleet should be prioritized for use. A lower value indicates
     * a high priority. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/crfleet-concepts.html#instance-priority">Instance
     * type priority</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>Changing it replaces the resource. Range: 0 to 999. CloudFormation property {@code
     * Priority}.
     */
    public InstanceTypeSpecification priority(int value) {
      return set("Priority", Value.of(value));
    }

    /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
    public InstanceTypeSpecification priority(Value<Integer> value) {
      return set("Priority", value);
    }

    /**
     * The number of capacity units provided by the specified instance type. This value, together
     * with the total target capacity that you specify for the Fleet determine the number of
     * instances for which the Fleet reserves capacity. Both values are based on units that make
     * sense for your workload. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/crfleet-concepts.html#target-capacity">Total
     * target capacity</a> in the Amazon EC2 User Guide.
     *
     * <p>Valid Range: Minimum value of <code>0.001</code> . Maximum value of <code>99.999</code> .
     *
     * <p>Changing it replaces the resource. Range: 0.001 to 99.999. CloudFormation property {@code
     * Weight}.
     */
    public InstanceTypeSpecification weight(double value) {
      return set("Weight", Value.of(value));
    }

    /** Sets {@code Weight} to this value; see {@link #weight(double)}. */
    public InstanceTypeSpecification weight(Value<Double> value) {
      return set("Weight", value);
    }
  }

  /**
   * The tags to apply to a resource when the resource is being created. When you specify a tag, you
   * must specify the resource type to tag, otherwise the request will fail.
   *
   * <p>The <code>Valid Values</code> lists all the resource types that can be tagged. However, the
   * action you're using might not support tagging all of these resource types. If you try to tag a
   * resource type that is unsupported for the action you're using, you'll get an error.
   *
   * <p>Property type {@code AWS::EC2::CapacityReservationFleet.TagSpecification}.
   */
  public static final class TagSpecification extends Struct<TagSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::CapacityReservationFleet.TagSpecification")
        .allowed("ResourceType", "application-status-check", "capacity-block",
            "capacity-manager-data-export", "capacity-reservation",
            "capacity-reservation-cancellation-quote", "capacity-reservation-fleet",
            "capacity-reservation-modification-quote", "carrier-gateway", "client-vpn-endpoint",
            "coip-pool", "customer-gateway", "declarative-policies-report", "dedicated-host",
            "dhcp-options", "egress-only-internet-gateway", "elastic-gpu", "elastic-ip",
            "export-image-task", "export-instance-task", "fleet", "fpga-image", "host-reservation",
            "image", "image-usage-report", "import-image-task", "import-snapshot-task", "instance",
            "instance-connect-endpoint", "instance-event-window", "internet-gateway", "ipam",
            "ipam-external-resource-verification-token", "ipam-internet-registry-association",
            "ipam-policy", "ipam-pool", "ipam-pool-allocation", "ipam-prefix-list-resolver",
            "ipam-prefix-list-resolver-target", "ipam-resource-discovery",
            "ipam-resource-discovery-association", "ipam-scope", "ipv4pool-ec2", "ipv6pool-ec2",
            "key-pair", "launch-template", "local-gateway", "local-gateway-route-table",
            "local-gateway-route-table-virtual-interface-group-association",
            "local-gateway-route-table-vpc-association", "local-gateway-virtual-interface",
            "local-gateway-virtual-interface-group", "mac-modification-task", "natgateway",
            "network-acl", "network-insights-access-scope",
            "network-insights-access-scope-analysis", "network-insights-analysis",
            "network-insights-path", "network-interface", "outpost-lag", "placement-group",
            "prefix-list", "replace-root-volume-task", "reserved-instances", "route-server",
            "route-server-endpoint", "route-server-peer", "route-table", "secondary-interface",
            "secondary-network", "secondary-subnet", "security-group", "security-group-rule",
            "service-link-virtual-interface", "snapshot", "spot-fleet-request",
            "spot-instances-request", "subnet", "subnet-cidr-reservation", "traffic-mirror-filter",
            "traffic-mirror-filter-rule", "traffic-mirror-session", "traffic-mirror-target",
            "transit-gateway", "transit-gateway-attachment", "transit-gateway-connect-peer",
            "transit-gateway-metering-policy", "transit-gateway-multicast-domain",
            "transit-gateway-policy-table", "transit-gateway-route-table",
            "transit-gateway-route-table-announcement", "verified-access-endpoint",
            "verified-access-endpoint-target", "verified-access-group", "verified-access-instance",
            "verified-access-policy", "verified-access-trust-provider", "volume", "vpc",
            "vpc-block-public-access-exclusion", "vpc-encryption-control", "vpc-endpoint",
            "vpc-endpoint-connection", "vpc-endpoint-connection-device-type",
            "vpc-endpoint-service", "vpc-endpoint-service-permission", "vpc-flow-log",
            "vpc-peering-connection", "vpn-concentrator", "vpn-connection",
            "vpn-connection-device-type", "vpn-gateway")
        .build();

    public TagSpecification() {
      super(SCHEMA);
    }

    /**
     * The type of resource to tag on creation. Specify <code>capacity-reservation-fleet</code> .
     *
     * <p>To tag a resource after it has been created, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTags.html">CreateTags</a>
     * .
     *
     * <p>Changing it replaces the resource. Allowed values: {@code application-status-check},
     * {@code capacity-block}, {@code capacity-manager-data-export}, {@code capacity-reservation},
     * {@code capacity-reservation-cancellation-quote}, {@code capacity-reservation-fleet}, {@code
     * capacity-reservation-modification-quote}, {@code carrier-gateway}, {@code
     * client-vpn-endpoint}, {@code coip-pool}, {@code customer-gateway}, {@code
     * declarative-policies-report}, {@code dedicated-host}, {@code dhcp-options}, {@code
     * egress-only-internet-gateway}, {@code elastic-gpu}, {@code elastic-ip}, {@code
     * export-image-task}, {@code export-instance-task}, {@code fleet}, {@code fpga-image}, {@code
     * host-reservation}, {@code image}, {@code image-usage-report}, {@code import-image-task},
     * {@code import-snapshot-task}, {@code instance}, {@code instance-connect-endpoint}, {@code
     * instance-event-window}, {@code internet-gateway}, {@code ipam}, {@code
     * ipam-external-resource-verification-token}, {@code ipam-internet-registry-association},
     * {@code ipam-policy}, {@code ipam-pool}, {@code ipam-pool-allocation}, {@code
     * ipam-prefix-list-resolver}, {@code ipam-prefix-list-resolver-target}, {@code
     * ipam-resource-discovery}, {@code ipam-resource-discovery-association}, {@code ipam-scope},
     * {@code ipv4pool-ec2}, {@code ipv6pool-ec2}, {@code key-pair}, {@code launch-template}, {@code
     * local-gateway}, {@code local-gateway-route-table}, {@code
     * local-gateway-route-table-virtual-interface-group-association}, {@code
     * local-gateway-route-table-vpc-association}, {@code local-gateway-virtual-interface}, {@code
     * local-gateway-virtual-interface-group}, {@code mac-modification-task}, {@code natgateway},
     * {@code network-acl}, {@code network-insights-access-scope}, {@code
     * network-insights-access-scope-analysis}, {@code network-insights-analysis}, {@code
     * network-insights-path}, {@code network-interface}, {@code outpost-lag}, {@code
     * placement-group}, {@code prefix-list}, {@code replace-root-volume-task}, {@code
     * reserved-instances}, {@code route-server}, {@code route-server-endpoint}, {@code
     * route-server-peer}, {@code route-table}, {@code secondary-interface}, {@code
     * secondary-network}, {@code secondary-subnet}, {@code security-group}, {@code
     * security-group-rule}, {@code service-link-virtual-interface}, {@code snapshot}, {@code
     * spot-fleet-request}, {@code spot-instances-request}, {@code subnet}, {@code
     * subnet-cidr-reservation}, {@code traffic-mirror-filter}, {@code traffic-mirror-filter-rule},
     * {@code traffic-mirror-session}, {@code traffic-mirror-target}, {@code transit-gateway},
     * {@code transit-gateway-attachment}, {@code transit-gateway-connect-peer}, {@code
     * transit-gateway-metering-policy}, {@code transit-gateway-multicast-domain}, {@code
     * transit-gateway-policy-table}, {@code transit-gateway-route-table}, {@code
     * transit-gateway-route-table-announcement}, {@code verified-access-endpoint}, {@code
     * verified-access-endpoint-target}, {@code verified-access-group}, {@code
     * verified-access-instance}, {@code verified-access-policy}, {@code
     * verified-access-trust-provider}, {@code volume}, {@code vpc}, {@code
     * vpc-block-public-access-exclusion}, {@code vpc-encryption-control}, {@code vpc-endpoint},
     * {@code vpc-endpoint-connection}, {@code vpc-endpoint-connection-device-type}, {@code
     * vpc-endpoint-service}, {@code vpc-endpoint-service-permission}, {@code vpc-flow-log}, {@code
     * vpc-peering-connection}, {@code vpn-concentrator}, {@code vpn-connection}, {@code
     * vpn-connection-device-type}, {@code vpn-gateway}. CloudFormation property {@code
     * ResourceType}.
     */
    public TagSpecification resourceType(String value) {
      return set("ResourceType", Value.of(value));
    }

    /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
    public TagSpecification resourceType(Value<String> value) {
      return set("ResourceType", value);
    }

    /**
     * The tags to apply to the resource.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
     */
    public TagSpecification tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public TagSpecification tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }
  }
}
