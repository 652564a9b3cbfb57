// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.athena;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a capacity reservation with the provided name and number of requested data processing
 * units.
 *
 * <p>CloudFormation type {@code AWS::Athena::CapacityReservation}.
 */
public final class CapacityReservation extends Resource<CapacityReservation> {
  private static final Schema SCHEMA = Schema.builder("AWS::Athena::CapacityReservation")
      .required("Name", "TargetDpus")
      .constrain("Name", Constraint.of().pattern("[a-zA-Z0-9._-]{1,128}"))
      .constrain("TargetDpus", Constraint.of().minimum(1).format("int64"))
      .refYields("Arn")
      .attributes("AllocatedDpus", "Arn", "CreationTime", "LastSuccessfulAllocationTime", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CapacityReservation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Assigns Athena workgroups (and hence their queries) to capacity reservations. A capacity
   * reservation can have only one capacity assignment configuration, but the capacity assignment
   * configuration can be made up of multiple individual assignments. Each assignment specifies how
   * Athena queries can consume capacity from the capacity reservation that their workgroup is
   * mapped to.
   *
   * <p>CloudFormation property {@code CapacityAssignmentConfiguration}.
   */
  public CapacityReservation capacityAssignmentConfiguration(Value<CapacityAssignmentConfiguration> value) {
    return set("CapacityAssignmentConfiguration", value);
  }

  /**
   * The name of the capacity reservation.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code [a-zA-Z0-9._-]{1,128}}.
   * CloudFormation property {@code Name}.
   */
  public CapacityReservation name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public CapacityReservation name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An array of key-value pairs to apply to the capacity reservation.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CapacityReservation tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CapacityReservation tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CapacityReservation tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The number of data processing units requested.
   *
   * <p>Required. Range: at least 1. Format: {@code int64}. CloudFormation property {@code
   * TargetDpus}.
   */
  public CapacityReservation targetDpus(int value) {
    return set("TargetDpus", Value.of(value));
  }

  /** Sets {@code TargetDpus} to this value; see {@link #targetDpus(int)}. */
  public CapacityReservation targetDpus(Value<Integer> value) {
    return set("TargetDpus", value);
  }

  /**
   * The number of data processing units currently allocated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AllocatedDpus}.
   */
  public Value<Integer> allocatedDpus() {
    return getAtt("AllocatedDpus");
  }

  /**
   * The ARN of the capacity reservation.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time in UTC epoch millis when the capacity reservation was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The time of the most recent capacity allocation that succeeded.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastSuccessfulAllocationTime}.
   */
  public Value<String> lastSuccessfulAllocationTime() {
    return getAtt("LastSuccessfulAllocationTime");
  }

  /**
   * The status of the capacity reservation.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * A mapping between one or more workgroups and a capacity reservation.
   *
   * <p>Property type {@code AWS::Athena::CapacityReservation.CapacityAssignment}.
   */
  public static final class CapacityAssignment extends Struct<CapacityAssignment> {
    private static final Schema SCHEMA = Schema.builder("AWS::Athena::CapacityReservation.CapacityAssignment")
        .required("WorkgroupNames")
        .constrain("WorkgroupNames", Constraint.of().pattern("[a-zA-Z0-9._-]{1,128}"))
        .build();

    public CapacityAssignment() {
      super(SCHEMA);
    }

    /**
     * The list of workgroup names for the capacity assignment.
     *
     * <p>Required. Pattern: {@code [a-zA-Z0-9._-]{1,128}}. CloudFormation property {@code
     * WorkgroupNames}.
     */
    public CapacityAssignment workgroupNames(List<String> value) {
      return set("WorkgroupNames", Value.listOf(value));
    }

    /** Sets {@code WorkgroupNames} to this value; see {@link #workgroupNames(List)}. */
    public CapacityAssignment workgroupNames(Value<List<String>> value) {
      return set("WorkgroupNames", value);
    }
  }

  /**
   * Assigns Athena workgroups (and hence their queries) to capacity reservations. A capacity
   * reservation can have only one capacity assignment configuration, but the capacity assignment
   * configuration can be made up of multiple individual assignments. Each assignment specifies how
   * Athena queries can consume capacity from the capacity reservation that their workgroup is
   * mapped to.
   *
   * <p>Property type {@code AWS::Athena::CapacityReservation.CapacityAssignmentConfiguration}.
   */
  public static final class CapacityAssignmentConfiguration extends Struct<CapacityAssignmentConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Athena::CapacityReservation.CapacityAssignmentConfiguration")
        .required("CapacityAssignments")
        .build();

    public CapacityAssignmentConfiguration() {
      super(SCHEMA);
    }

    /**
     * The list of assignments that make up the capacity assignment configuration.
     *
     * <p>Required. CloudFormation property {@code CapacityAssignments}.
     */
    public CapacityAssignmentConfiguration capacityAssignments(List<CapacityAssignment> value) {
      return set("CapacityAssignments", Value.listOf(value));
    }

    /** Sets {@code CapacityAssignments} to this value; see {@link #capacityAssignments(List)}. */
    public CapacityAssignmentConfiguration capacityAssignments(Value<List<CapacityAssignment>> value) {
      return set("CapacityAssignments", value);
    }

    /**
     * Sets {@code CapacityAssignments} to a list of these; see {@link #capacityAssignments(List)}.
     */
    public CapacityAssignmentConfiguration capacityAssignments(CapacityAssignment... values) {
      return set("CapacityAssignments", Value.list(values));
    }
  }
}
