package io.tropo4j.deploy;

import java.util.List;

/**
 * What a fleet delete did.
 *
 * @param instances the instances it deleted, "account region"
 * @param stacksRetained their stacks were kept, out of the StackSet
 * @param setDeleted the StackSet went too, having no instance left
 * @param instancesLeft the instances the StackSet still has
 */
public record FleetDeletion(List<String> instances, boolean stacksRetained, boolean setDeleted, int instancesLeft) {
  public FleetDeletion {
    instances = List.copyOf(instances);
  }
}
