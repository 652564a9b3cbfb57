package io.tropo4j.deploy;

import io.tropo4j.core.Stack;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One stack for a fleet: the StackSet it becomes, where its instances go and how the rollout runs.
 *
 * @param setName the StackSet's name
 * @param parameters values for every instance
 * @param overrides values for some instances, by account ID or region: an account's win over a region's
 * @param autoDeployment service-managed: deploy to accounts that join a target unit, remove from those that leave
 * @param retainStacksOnAccountRemoval with auto-deployment: keep the stacks of an account that leaves
 * @param delegatedAdmin call as the organization's delegated administrator rather than its management account
 * @param administrationRoleArn self-managed: the role CloudFormation assumes here, or null for AWS's default name
 * @param executionRoleName self-managed: the role it assumes in each account, or null for AWS's default name
 * @param timeout how long to follow each operation; CloudFormation goes on after it
 */
public record FleetRequest(Stack stack, String setName, Map<String, String> parameters,
    Map<String, Map<String, String>> overrides, FleetTargets targets, FleetPreferences preferences,
    boolean autoDeployment, boolean retainStacksOnAccountRemoval, boolean delegatedAdmin,
    String administrationRoleArn, String executionRoleName, Duration timeout) {
  public FleetRequest {
    parameters = Map.copyOf(parameters);
    Map<String, Map<String, String>> copied = new LinkedHashMap<>();
    overrides.forEach((where, values) -> copied.put(where, Map.copyOf(values)));
    overrides = java.util.Collections.unmodifiableMap(copied);
  }

  /** A request with the careful defaults: no overrides, self-managed roles by AWS's names, an hour per operation. */
  public static FleetRequest of(Stack stack, FleetTargets targets, Map<String, String> parameters) {
    return new FleetRequest(stack, stack.name(), parameters, Map.of(), targets, FleetPreferences.careful(),
        targets.byOrganization(), false, false, null, null, Duration.ofHours(1));
  }

  /** The values an instance there overrides, its region's then its account's over them. */
  public Map<String, String> overridesAt(String account, String region) {
    Map<String, String> values = new LinkedHashMap<>(overrides.getOrDefault(region, Map.of()));
    if (account != null) {
      values.putAll(overrides.getOrDefault(account, Map.of()));
    }
    return values;
  }
}
