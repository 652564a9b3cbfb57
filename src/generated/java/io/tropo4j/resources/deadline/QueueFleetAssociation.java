// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.deadline;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates an association between a queue and a fleet.
 *
 * <p>CloudFormation type {@code AWS::Deadline::QueueFleetAssociation}.
 */
public final class QueueFleetAssociation extends Resource<QueueFleetAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::Deadline::QueueFleetAssociation")
      .required("FarmId", "FleetId", "QueueId")
      .constrain("FarmId", Constraint.of().pattern("^farm-[0-9a-f]{32}$"))
      .constrain("FleetId", Constraint.of().pattern("^fleet-[0-9a-f]{32}$"))
      .constrain("QueueId", Constraint.of().pattern("^queue-[0-9a-f]{32}$"))
      .build();

  public QueueFleetAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the farm that contains the queue and the fleet.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^farm-[0-9a-f]{32}$}.
   * CloudFormation property {@code FarmId}.
   */
  public QueueFleetAssociation farmId(String value) {
    return set("FarmId", Value.of(value));
  }

  /** Sets {@code FarmId} to this value; see {@link #farmId(String)}. */
  public QueueFleetAssociation farmId(Value<String> value) {
    return set("FarmId", value);
  }

  /**
   * The fleet ID.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^fleet-[0-9a-f]{32}$}.
   * CloudFormation property {@code FleetId}.
   */
  public QueueFleetAssociation fleetId(String value) {
    return set("FleetId", Value.of(value));
  }

  /** Sets {@code FleetId} to this value; see {@link #fleetId(String)}. */
  public QueueFleetAssociation fleetId(Value<String> value) {
    return set("FleetId", value);
  }

  /**
   * The queue ID.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^queue-[0-9a-f]{32}$}.
   * CloudFormation property {@code QueueId}.
   */
  public QueueFleetAssociation queueId(String value) {
    return set("QueueId", Value.of(value));
  }

  /** Sets {@code QueueId} to this value; see {@link #queueId(String)}. */
  public QueueFleetAssociation queueId(Value<String> value) {
    return set("QueueId", value);
  }
}
