package io.tropo4j.deploy;

import java.util.List;

/**
 * What a fleet deploy would do, from the templates and the StackSet's instances alone; nothing was
 * changed to learn it.
 *
 * @param changes the StackSet's template and parameters against the local ones; null when it does not exist
 * @param resources how many resources the local template declares
 * @param create the instances a deploy would create, "account region" (or "unit region")
 * @param update the instances it would update: every existing one when the StackSet changes, else
 *     those whose overrides change
 * @param outside the StackSet's instances that are not among the targets: a deploy leaves them as they are
 */
public record FleetPlan(String setName, StackDiff changes, int resources, List<String> create, List<String> update,
    List<String> outside) {
  public FleetPlan {
    create = List.copyOf(create);
    update = List.copyOf(update);
    outside = List.copyOf(outside);
  }

  public boolean exists() {
    return changes != null;
  }

  /** Whether a deploy would change anything. */
  public boolean hasChanges() {
    return !exists() || changes.hasChanges() || !create.isEmpty() || !update.isEmpty();
  }
}
