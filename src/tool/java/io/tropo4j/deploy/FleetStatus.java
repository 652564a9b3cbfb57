package io.tropo4j.deploy;

import java.time.Instant;
import java.util.List;

/**
 * A StackSet as CloudFormation has it: its permission model, its instances and its latest operations,
 * newest first.
 */
public record FleetStatus(String setName, String permissionModel, List<FleetInstance> instances,
    List<Operation> operations) {
  public FleetStatus {
    instances = List.copyOf(instances);
    operations = List.copyOf(operations);
  }

  /** An operation, as CloudFormation lists it. */
  public record Operation(String operationId, String action, String status, Instant started, Instant ended,
      String reason) {}
}
