package io.tropo4j.deploy;

import java.util.List;

/**
 * A change set before it runs: each resource change, and every resource that holds data and would be
 * replaced or removed, with the policy that keeps its data, if any.
 */
public record ChangeSetPreview(String stackName, List<PlannedChange> changes, List<DataAtRisk> risks) {
  public ChangeSetPreview {
    changes = List.copyOf(changes);
    risks = List.copyOf(risks);
  }

  /**
   * @param action Add, Modify, Remove, Import or Dynamic, as CloudFormation says
   * @param replacement True, False or Conditional for a Modify; null otherwise
   */
  public record PlannedChange(String action, String logicalId, String type, String replacement) {}

  /** @param keptBy the policy value (Retain, Snapshot) that keeps the data, or null when it is deleted */
  public record DataAtRisk(String logicalId, String type, Risk risk, String keptBy) {}

  public enum Risk {
    /** Removed from the stack: its DeletionPolicy decides. */
    REMOVED,
    /** Replaced by a new one: the old one's UpdateReplacePolicy decides. */
    REPLACED,
    /** Replaced or not, depending on values only known as it runs. */
    MAYBE_REPLACED
  }
}
