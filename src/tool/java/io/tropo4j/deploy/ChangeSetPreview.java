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
   * @param properties each changed property with its values before and after, where the change set
   *     carries them (CloudFormation's IncludePropertyValues); empty otherwise
   */
  public record PlannedChange(String action, String logicalId, String type, String replacement,
      List<PropertyChange> properties) {
    public PlannedChange {
      properties = List.copyOf(properties);
    }

    /** Without property values: a create's, or one read off two templates. */
    public PlannedChange(String action, String logicalId, String type, String replacement) {
      this(action, logicalId, type, replacement, List.of());
    }
  }

  /**
   * One property a Modify changes, as the change set gives it; secret values are masked.
   *
   * @param path as {@code /Properties/VisibilityTimeout}
   * @param before its value now, or null (added)
   * @param after its value once the change set ran, or null (removed)
   * @param recreation Never, Conditionally or Always: whether changing it replaces the resource
   */
  public record PropertyChange(String path, String before, String after, String recreation) {}

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
