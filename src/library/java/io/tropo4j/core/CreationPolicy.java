package io.tropo4j.core;

import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.Map;

/** Makes CloudFormation wait for success signals (cfn-signal) before a resource counts as created. */
public final class CreationPolicy extends Struct<CreationPolicy> {
  private static final Schema SCHEMA = Schema.of("CreationPolicy");

  public CreationPolicy() {
    super(SCHEMA);
  }

  /** Waits for {@code count} signals within {@code timeout} (ISO 8601, e.g. {@code PT15M}). */
  public CreationPolicy resourceSignal(Value<Integer> count, String timeout) {
    return set("ResourceSignal", Json.object("Count", count, "Timeout", timeout));
  }

  public CreationPolicy resourceSignal(int count, String timeout) {
    return resourceSignal(Value.of(count), timeout);
  }

  /** Waits for one signal within {@code timeout}: the count CloudFormation assumes when none is given. */
  public CreationPolicy resourceSignal(String timeout) {
    return set("ResourceSignal", Json.object("Timeout", timeout));
  }

  /** For Auto Scaling groups: the share of instances that must signal success. */
  public CreationPolicy autoScalingCreationPolicy(int minSuccessfulInstancesPercent) {
    return set("AutoScalingCreationPolicy",
        Value.map(Map.of("MinSuccessfulInstancesPercent", Value.of(minSuccessfulInstancesPercent))));
  }

  /** For AppStream fleets: start the fleet before the stack counts it as created. */
  public CreationPolicy startFleet(boolean start) {
    return set("StartFleet", Value.map(Map.of("Type", Value.of(start))));
  }
}
