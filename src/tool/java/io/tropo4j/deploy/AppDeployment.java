package io.tropo4j.deploy;

import java.util.List;
import java.util.Map;

/**
 * What deploying an app came to, stack by stack.
 *
 * @param deployed the stacks created or updated (or found up to date), in the order they finished
 * @param failed the stacks whose deploy failed, with why
 * @param notAttempted the stacks not deployed because a stack they read failed (or was not deployed)
 */
public record AppDeployment(List<String> deployed, Map<String, String> failed, List<String> notAttempted) {
  public AppDeployment {
    deployed = List.copyOf(deployed);
    failed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(failed));
    notAttempted = List.copyOf(notAttempted);
  }

  public boolean succeeded() {
    return failed.isEmpty() && notAttempted.isEmpty();
  }
}
