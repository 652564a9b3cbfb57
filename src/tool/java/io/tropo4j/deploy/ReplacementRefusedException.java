package io.tropo4j.deploy;

import java.util.List;

/**
 * An update whose change set replaces or removes resources that hold data, which their stack policy refuses:
 * stopped before the change set ran, and the change set removed. Allowing the named resources for
 * that one update lets it run.
 */
public final class ReplacementRefusedException extends DeployException {
  private static final long serialVersionUID = 1L;

  /** @param replaced each resource the update replaces or removes, as "LogicalId (Type[, removed|, maybe])" */
  public ReplacementRefusedException(String stackName, List<String> logicalIds, List<String> replaced) {
    super("the update of stack " + stackName + " replaces or removes " + String.join(", ", replaced) + ", which "
        + (replaced.size() == 1 ? "holds" : "hold") + " data; the stack policy refuses it, so nothing was changed",
        stackName, null, NextStep.ALLOW_REPLACE, logicalIds);
  }

  /** The logical IDs to allow, in the order the change set lists them. */
  public List<String> logicalIds() {
    return parameters();
  }
}
