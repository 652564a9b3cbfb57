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
 * Creates a new Capacity Reservation with the specified attributes. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-capacity-reservations.html">Capacity
 * Reservations</a> in the <em>Amazon EC2 User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::CapacityReservation}.
 */
public final class CapacityReservation extends Resource<CapacityReservation> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::CapacityReservation")
      .required("InstanceCount", "InstancePlatform", "InstanceType")
      .allowed("EndDateType", "limited", "unlimited")
      .allowed("InstanceMatchCriteria", "open", "targeted")
      .allowed("InstancePlatform", "Linux with SQL Server Enterprise",
          "Linux with SQL Server Standard", "Linux with SQL Server Web", "Linux/UNIX",
          "RHEL with HA", "RHEL with HA and SQL Server Enterprise",
          "RHEL with HA and SQL Server Standard", "RHEL with SQL Server Enterprise",
          "RHEL with SQL Server Standard", "RHEL with SQL Server Web", "Red Hat Enterprise Linux",
          "SUSE Linux", "Ubuntu Pro", "Windows", "Windows with SQL Server",
          "Windows with SQL Server Enterprise", "Windows with SQL Server Standard",
          "Windows with SQL Server Web")
      .constrain("OutPostArn", Constraint.of().pattern("^arn:aws([a-z-]+)?:outposts:[a-z\\d-]+:\\d{12}:outpost/op-[a-f0-9]{17}$"))
      .constrain("PlacementGroupArn", Constraint.of().pattern("^arn:aws([a-z-]+)?:ec2:[a-z\\d-]+:\\d{12}:placement-group/^.{1,255}$"))
      .allowed("Tenancy", "dedicated", "default")
      .refYields("Id")
      .attributes("AvailabilityZone", "AvailableInstanceCount", "CapacityAllocationSet",
          "CapacityReservationArn", "CapacityReservationFleetId", "CommitmentInfo", "CreateDate",
          "DeliveryPreference", "Id", "InstanceType", "OwnerId", "ReservationType", "StartDate",
          "State", "Tenancy", "TotalInstanceCount")
      .build();

  public CapacityReservation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Availability Zone in which to create the Capacity Reservation.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AvailabilityZone}.
   */
  public CapacityReservation availabilityZone(String value) {
    return set("AvailabilityZone", Value.of(value));
  }

  /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
  public CapacityReservation availabilityZone(Value<String> value) {
    return set("AvailabilityZone", value);
  }

  /**
   * The ID of the Availability Zone in which the capacity is reserved.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AvailabilityZoneId}.
   */
  public CapacityReservation availabilityZoneId(String value) {
    return set("AvailabilityZoneId", Value.of(value));
  }

  /** Sets {@code AvailabilityZoneId} to this value; see {@link #availabilityZoneId(String)}. */
  public CapacityReservation availabilityZoneId(Value<String> value) {
    return set("AvailabilityZoneId", value);
  }

  /**
   * Indicates whether the Capacity Reservation supports EBS-optimized instances. This optimization
   * provides dedicated throughput to Amazon EBS and an optimized configuration stack to provide
   * optimal I/O performance. This optimization isn't available with all instance types. Additional
   * usage charges apply when using an EBS- optimized instance.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EbsOptimized}.
   */
  public CapacityReservation ebsOptimized(boolean value) {
    return set("EbsOptimized", Value.of(value));
  }

  /** Sets {@code EbsOptimized} to this value; see {@link #ebsOptimized(boolean)}. */
  public CapacityReservation ebsOptimized(Value<Boolean> value) {
    return set("EbsOptimized", value);
  }

  /**
   * The date and time at which the Capacity Reservation expires. When a Capacity Reservation
   * expires, the reserved capacity is released and you can no longer launch instances into it. The
   * Capacity Reservation's state changes to <code>expired</code> when it reaches its end date and
   * time.
   *
   * <p>You must provide an <code>EndDate</code> value if <code>EndDateType</code> is
   * <code>limited</code> . Omit <code>EndDate</code> if <code>EndDateType</code> is
   * <code>unlimited</code> .
   *
   * <p>If the <code>EndDateType</code> is <code>limited</code> , the Capacity Reservation is
   * cancelled within an hour from the specified time. For example, if you specify 5/31/2019,
   * 13:30:55, the Capacity Reservation is guaranteed to end between 13:30:55 and 14:30:55 on
   * 5/31/2019.
   *
   * <p>If you are requesting a future-dated Capacity Reservation, you can't specify an end date and
   * time that is within the commitment duration.
   *
   * <p>CloudFormation property {@code EndDate}.
   */
  public CapacityReservation endDate(String value) {
    return set("EndDate", Value.of(value));
  }

  /** Sets {@code EndDate} to this value; see {@link #endDate(String)}. */
  public CapacityReservation endDate(Value<String> value) {
    return set("EndDate", value);
  }

  /**
   * Indicates the way in which the Capacity Reservation ends. A Capacity Reservation can have one
   * of the following end types:
   *
   * <ul> <li><code>unlimited</code> - The Capacity Reservation remains active until you explicitly
   * cancel it. Do not provide an <code>EndDate</code> if the <code>EndDateType</code> is
   * <code>unlimited</code> . <li><code>limited</code> - The Capacity Reservation expires
   * automatically at a specified date and time. You must provide an <code>EndDate</code> value if
   * the <code>EndDateType</code> value is <code>limited</code> . </ul>
   *
   * <p>Allowed values: {@code limited}, {@code unlimited}. CloudFormation property {@code
   * EndDateType}.
   */
  public CapacityReservation endDateType(String value) {
    return set("EndDateType", Value.of(value));
  }

  /** Sets {@code EndDateType} to this value; see {@link #endDateType(String)}. */
  public CapacityReservation endDateType(Value<String> value) {
    return set("EndDateType", value);
  }

  /**
   * <em>Deprecated.</em>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EphemeralStorage}.
   */
  public CapacityReservation ephemeralStorage(boolean value) {
    return set("EphemeralStorage", Value.of(value));
  }

  /** Sets {@code EphemeralStorage} to this value; see {@link #ephemeralStorage(boolean)}. */
  public CapacityReservation ephemeralStorage(Value<Boolean> value) {
    return set("EphemeralStorage", value);
  }

  /**
   * The number of instances for which to reserve capacity.
   *
   * <p>You can request future-dated Capacity Reservations for an instance count with a minimum of
   * 32 vCPUs. For example, if you request a future-dated Capacity Reservation for
   * <code>m5.xlarge</code> instances, you must request at least 8 instances ( <em>8 </em> m5.xlarge
   * = 32 vCPUs* ).
   *
   * <p>Valid range: 1 - 1000
   *
   * <p>Required. CloudFormation property {@code InstanceCount}.
   */
  public CapacityReservation instanceCount(int value) {
    return set("InstanceCount", Value.of(value));
  }

  /** Sets {@code InstanceCount} to this value; see {@link #instanceCount(int)}. */
  public CapacityReservation instanceCount(Value<Integer> value) {
    return set("InstanceCount", value);
  }

  /**
   * Indicates the type of instance launches that the Capacity Reservation accepts. The options
   * include:
   *
   * <ul> <li><code>open</code> - The Capacity Reservation automatically matches all instances that
   * have matching attributes (instance type, platform, and Availability Zone). Instances that have
   * matching attributes run in the Capacity Reservation automatically without specifying any
   * additional parameters. <li><code>targeted</code> - The Capacity Reservation only accepts
   * instances that have matching attributes (instance type, platform, and Availability Zone), and
   * explicitly target the Capacity Reservation. This ensures that only permitted instances can use
   * the reserved capacity. </ul>
   *
   * <p>If you are requesting a future-dated Capacity Reservation, you must specify
   * <code>targeted</code> .
   *
   * <p>Default: <code>open</code>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code open}, {@code targeted}.
   * CloudFormation property {@code InstanceMatchCriteria}.
   */
  public CapacityReservation instanceMatchCriteria(String value) {
    return set("InstanceMatchCriteria", Value.of(value));
  }

  /**
   * Sets {@code InstanceMatchCriteria} to this value; see {@link #instanceMatchCriteria(String)}.
   */
  public CapacityReservation instanceMatchCriteria(Value<String> value) {
    return set("InstanceMatchCriteria", value);
  }

  /**
   * The type of operating system for which to reserve capacity.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code Linux with SQL Server
   * Enterprise}, {@code Linux with SQL Server Standard}, {@code Linux with SQL Server Web}, {@code
   * Linux/UNIX}, {@code RHEL with HA}, {@code RHEL with HA and SQL Server Enterprise}, {@code RHEL
   * with HA and SQL Server Standard}, {@code RHEL with SQL Server Enterprise}, {@code RHEL with SQL
   * Server Standard}, {@code RHEL with SQL Server Web}, {@code Red Hat Enterprise Linux}, {@code
   * SUSE Linux}, {@code Ubuntu Pro}, {@code Windows}, {@code Windows with SQL Server}, {@code
   * Windows with SQL Server Enterprise}, {@code Windows with SQL Server Standard}, {@code Windows
   * with SQL Server Web}. CloudFormation property {@code InstancePlatform}.
   */
  public CapacityReservation instancePlatform(String value) {
    return set("InstancePlatform", Value.of(value));
  }

  /** Sets {@code InstancePlatform} to this value; see {@link #instancePlatform(String)}. */
  public CapacityReservation instancePlatform(Value<String> value) {
    return set("InstancePlatform", value);
  }

  /**
   * The instance type for which to reserve capacity.
   *
   * <p>You can request future-dated Capacity Reservations for instance types in the C, M, R, I, T,
   * and G instance families only.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-types.html">Instance
   * types</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code InstanceType}.
   */
  public CapacityReservation instanceType(String value) {
    return set("InstanceType", Value.of(value));
  }

  /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
  public CapacityReservation instanceType(Value<String> value) {
    return set("InstanceType", value);
  }

  /**
   * Not supported for future-dated Capacity Reservations.
   *
   * <p>The Amazon Resource Name (ARN) of the Outpost on which to create the Capacity Reservation.
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^arn:aws([a-z-]+)?:outposts:[a-z&#92;d-]+:&#92;d{12}:outpost/op-[a-f0-9]{17}$}. CloudFormation
   * property {@code OutPostArn}.
   */
  public CapacityReservation outPostArn(String value) {
    return set("OutPostArn", Value.of(value));
  }

  /** Sets {@code OutPostArn} to this value; see {@link #outPostArn(String)}. */
  public CapacityReservation outPostArn(Value<String> value) {
    return set("OutPostArn", value);
  }

  /**
   * Not supported for future-dated Capacity Reservations.
   *
   * <p>The Amazon Resource Name (ARN) of the cluster placement group in which to create the
   * Capacity Reservation. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/cr-cpg.html">Capacity Reservations
   * for cluster placement groups</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^arn:aws([a-z-]+)?:ec2:[a-z&#92;d-]+:&#92;d{12}:placement-group/^.{1,255}$}. CloudFormation
   * property {@code PlacementGroupArn}.
   */
  public CapacityReservation placementGroupArn(String value) {
    return set("PlacementGroupArn", Value.of(value));
  }

  /** Sets {@code PlacementGroupArn} to this value; see {@link #placementGroupArn(String)}. */
  public CapacityReservation placementGroupArn(Value<String> value) {
    return set("PlacementGroupArn", value);
  }

  /**
   * The tags to apply to the Capacity Reservation during launch.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TagSpecifications}.
   */
  public CapacityReservation tagSpecifications(List<TagSpecification> value) {
    return set("TagSpecifications", Value.listOf(value));
  }

  /** Sets {@code TagSpecifications} to this value; see {@link #tagSpecifications(List)}. */
  public CapacityReservation tagSpecifications(Value<List<TagSpecification>> value) {
    return set("TagSpecifications", value);
  }

  /** Sets {@code TagSpecifications} to a list of these; see {@link #tagSpecifications(List)}. */
  public CapacityReservation tagSpecifications(TagSpecification... values) {
    return set("TagSpecifications", Value.list(values));
  }

  /**
   * Indicates the tenancy of the Capacity Reservation. A Capacity Reservation can have one of the
   * following tenancy settings:
   *
   * <ul> <li><code>default</code> - The Capacity Reservation is created on hardware that is shared
   * with other AWS accounts . <li><code>dedicated</code> - The Capacity Reservation is created on
   * single-tenant hardware that is dedicated to a single AWS account . </ul>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code dedicated}, {@code default}.
   * CloudFormation property {@code Tenancy}.
   */
  public CapacityReservation tenancy(String value) {
    return set("Tenancy", Value.of(value));
  }

  /** Sets {@code Tenancy} to this value; see {@link #tenancy(String)}. */
  public CapacityReservation tenancy(Value<String> value) {
    return set("Tenancy", value);
  }

  /**
   * The ID of the AWS account to which to assign billing of the unused capacity of the Capacity
   * Reservation. A request will be sent to the specified account. That account must accept the
   * request for the billing to be assigned to their account. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/assign-billing.html">Billing
   * assignment for shared Amazon EC2 Capacity Reservations</a> .
   *
   * <p>You can assign billing only for shared Capacity Reservations. To share a Capacity
   * Reservation, you must add it to a resource share. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ram-resourceshare.html">AWS::RAM::ResourceShare</a>
   * .
   *
   * <p>CloudFormation property {@code UnusedReservationBillingOwnerId}.
   */
  public CapacityReservation unusedReservationBillingOwnerId(String value) {
    return set("UnusedReservationBillingOwnerId", Value.of(value));
  }

  /**
   * Sets {@code UnusedReservationBillingOwnerId} to this value; see {@link
   * #unusedReservationBillingOwnerId(String)}.
   */
  public CapacityReservation unusedReservationBillingOwnerId(Value<String> value) {
    return set("UnusedReservationBillingOwnerId", value);
  }

  /**
   * Returns the Availability Zone in which the capacity is reserved. For example:
   * <code>us-east-1a</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code AvailabilityZone}.
   */
  public Value<String> availabilityZone() {
    return getAtt("AvailabilityZone");
  }

  /**
   * Returns the remaining capacity, which indicates the number of instances that can be launched in
   * the Capacity Reservation. For example: <code>9</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code AvailableInstanceCount}.
   */
  public Value<Integer> availableInstanceCount() {
    return getAtt("AvailableInstanceCount");
  }

  /** {@code Fn::GetAtt} attribute {@code CapacityAllocationSet}. */
  public Value<List<CapacityAllocation>> capacityAllocationSet() {
    return getAtt("CapacityAllocationSet");
  }

  /**
   * The Amazon Resource Name (ARN) of the Capacity Reservation.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CapacityReservationArn}.
   */
  public Value<String> capacityReservationArn() {
    return getAtt("CapacityReservationArn");
  }

  /**
   * The ID of the Capacity Reservation Fleet to which the Capacity Reservation belongs. Only valid
   * for Capacity Reservations that were created by a Capacity Reservation Fleet.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CapacityReservationFleetId}.
   */
  public Value<String> capacityReservationFleetId() {
    return getAtt("CapacityReservationFleetId");
  }

  /** {@code Fn::GetAtt} attribute {@code CommitmentInfo}. */
  public Value<CommitmentInfo> commitmentInfo() {
    return getAtt("CommitmentInfo");
  }

  /**
   * The date and time the Capacity Reservation was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreateDate}.
   */
  public Value<String> createDate() {
    return getAtt("CreateDate");
  }

  /**
   * The delivery method for a future-dated Capacity Reservation. <code>incremental</code> indicates
   * that the requested capacity is delivered in addition to any running instances and reserved
   * capacity that you have in your account at the requested date and time.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DeliveryPreference}.
   */
  public Value<String> deliveryPreference() {
    return getAtt("DeliveryPreference");
  }

  /**
   * The ID of the Capacity Reservation.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Returns the type of instance for which the capacity is reserved. For example:
   * <code>m4.large</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code InstanceType}.
   */
  public Value<String> instanceType() {
    return getAtt("InstanceType");
  }

  /**
   * The ID of the AWS account that owns the Capacity Reservation.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerId}.
   */
  public Value<String> ownerId() {
    return getAtt("OwnerId");
  }

  /**
   * The type of Capacity Reservation.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReservationType}.
   */
  public Value<String> reservationType() {
    return getAtt("ReservationType");
  }

  /**
   * The date and time the Capacity Reservation was started.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StartDate}.
   */
  public Value<String> startDate() {
    return getAtt("StartDate");
  }

  /**
   * The current state of the Capacity Reservation. A Capacity Reservation can be in one of the
   * following states:
   *
   * <ul> <li><code>active</code> - The capacity is available for use. <li><code>expired</code> -
   * The Capacity Reservation expired automatically at the date and time specified in your
   * reservation request. The reserved capacity is no longer available for your use.
   * <li><code>cancelled</code> - The Capacity Reservation was canceled. The reserved capacity is no
   * longer available for your use. <li><code>pending</code> - The Capacity Reservation request was
   * successful but the capacity provisioning is still pending. <li><code>failed</code> - The
   * Capacity Reservation request has failed. A request can fail due to request parameters that are
   * not valid, capacity constraints, or instance limit constraints. You can view a failed request
   * for 60 minutes. <li><code>scheduled</code> - ( <em>Future-dated Capacity Reservations</em> )
   * The future-dated Capacity Reservation request was approved and the Capacity Reservation is
   * scheduled for delivery on the requested start date. <li><code>payment-pending</code> - (
   * <em>Capacity Blocks</em> ) The upfront payment has not been processed yet.
   * <li><code>payment-failed</code> - ( <em>Capacity Blocks</em> ) The upfront payment was not
   * processed in the 12-hour time frame. Your Capacity Block was released.
   * <li><code>assessing</code> - ( <em>Future-dated Capacity Reservations</em> ) Amazon EC2 is
   * assessing your request for a future-dated Capacity Reservation. <li><code>delayed</code> - (
   * <em>Future-dated Capacity Reservations</em> ) Amazon EC2 encountered a delay in provisioning
   * the requested future-dated Capacity Reservation. Amazon EC2 is unable to deliver the requested
   * capacity by the requested start date and time. <li><code>unsupported</code> - (
   * <em>Future-dated Capacity Reservations</em> ) Amazon EC2 can't support the future-dated
   * Capacity Reservation request due to capacity constraints. You can view unsupported requests for
   * 30 days. The Capacity Reservation will not be delivered. </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * Returns the tenancy of the Capacity Reservation. For example: <code>dedicated</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Tenancy}.
   */
  public Value<String> tenancy() {
    return getAtt("Tenancy");
  }

  /**
   * Returns the total number of instances for which the Capacity Reservation reserves capacity. For
   * example: <code>15</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code TotalInstanceCount}.
   */
  public Value<Integer> totalInstanceCount() {
    return getAtt("TotalInstanceCount");
  }

  /**
   * Information about instance capacity usage for a Capacity Reservation.
   *
   * <p>Property type {@code AWS::EC2::CapacityReservation.CapacityAllocation}.
   */
  public static final class CapacityAllocation extends Struct<CapacityAllocation> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::CapacityReservation.CapacityAllocation");

    public CapacityAllocation() {
      super(SCHEMA);
    }

    /**
     * The usage type. <code>used</code> indicates that the instance capacity is in use by instances
     * that are running in the Capacity Reservation.
     *
     * <p>CloudFormation property {@code AllocationType}.
     */
    public CapacityAllocation allocationType(String value) {
      return set("AllocationType", Value.of(value));
    }

    /** Sets {@code AllocationType} to this value; see {@link #allocationType(String)}. */
    public CapacityAllocation allocationType(Value<String> value) {
      return set("AllocationType", value);
    }

    /**
     * The amount of instance capacity associated with the usage. For example a value of
     * <code>4</code> indicates that instance capacity for 4 instances is currently in use.
     *
     * <p>CloudFormation property {@code Count}.
     */
    public CapacityAllocation count(int value) {
      return set("Count", Value.of(value));
    }

    /** Sets {@code Count} to this value; see {@link #count(int)}. */
    public CapacityAllocation count(Value<Integer> value) {
      return set("Count", value);
    }
  }

  /**
   * Information about your commitment for a future-dated Capacity Reservation.
   *
   * <p>Property type {@code AWS::EC2::CapacityReservation.CommitmentInfo}.
   */
  public static final class CommitmentInfo extends Struct<CommitmentInfo> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::CapacityReservation.CommitmentInfo");

    public CommitmentInfo() {
      super(SCHEMA);
    }

    /**
     * The date and time at which the commitment duration expires, in the ISO8601 format in the UTC
     * time zone ( <code>YYYY-MM-DDThh:mm:ss.sssZ</code> ). You can't decrease the instance count or
     * cancel the Capacity Reservation before this date and time.
     *
     * <p>CloudFormation property {@code CommitmentEndDate}.
     */
    public CommitmentInfo commitmentEndDate(String value) {
      return set("CommitmentEndDate", Value.of(value));
    }

    /** Sets {@code CommitmentEndDate} to this value; see {@link #commitmentEndDate(String)}. */
    public CommitmentInfo commitmentEndDate(Value<String> value) {
      return set("CommitmentEndDate", value);
    }

    /**
     * The instance capacity that you committed to when you requested the future-dated Capacity
     * Reservation.
     *
     * <p>CloudFormation property {@code CommittedInstanceCount}.
     */
    public CommitmentInfo committedInstanceCount(int value) {
      return set("CommittedInstanceCount", Value.of(value));
    }

    /**
     * Sets {@code CommittedInstanceCount} to this value; see {@link #committedInstanceCount(int)}.
     */
    public CommitmentInfo committedInstanceCount(Value<Integer> value) {
      return set("CommittedInstanceCount", value);
    }
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>Property type {@code AWS::EC2::CapacityReservation.TagSpecification}.
   */
  public static final class TagSpecification extends Struct<TagSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::CapacityReservation.TagSpecification")
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
     * The type of resource to tag. Specify <code>capacity-reservation</code> .
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
