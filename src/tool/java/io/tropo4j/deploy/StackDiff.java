package io.tropo4j.deploy;

import io.tropo4j.read.Node;
import java.util.List;
import java.util.Map;

/**
 * What an update would change in a stack, template against template: resources added, removed and
 * changed (each change down to its property path), parameter values, outputs and the other sections;
 * with the replacement flags CloudFormation gave for the same update and the resources whose data
 * is at risk. NoEcho values are never in it.
 *
 * @param sections changes to the sections besides Resources and Outputs (Description, Conditions,
 *     Mappings, Parameters' declarations, ...), each with its path from the section's name
 * @param replacements for the resources CloudFormation's change set lists: True, False or
 *     Conditional, by logical ID; empty when no change set was made
 * @param changeSet what became of the change set asked for the replacement flags
 * @param resolved the change set's resource changes that carry property values, before and after, as
 *     CloudFormation resolved them (parameters and references filled in); empty when it gave none
 */
public record StackDiff(String stackName, List<Entry> resources, List<ParameterChange> parameters,
    List<Entry> outputs, List<PropertyChange> sections, Map<String, String> replacements,
    List<ChangeSetPreview.DataAtRisk> risks, ChangeSetOutcome changeSet, List<ChangeSetPreview.PlannedChange> resolved,
    List<StackDiff> nested) {
  /** Without nested stacks. */
  public StackDiff(String stackName, List<Entry> resources, List<ParameterChange> parameters,
      List<Entry> outputs, List<PropertyChange> sections, Map<String, String> replacements,
      List<ChangeSetPreview.DataAtRisk> risks, ChangeSetOutcome changeSet, List<ChangeSetPreview.PlannedChange> resolved) {
    this(stackName, resources, parameters, outputs, sections, replacements, risks, changeSet, resolved, List.of());
  }

  /** Without values from a change set. */
  public StackDiff(String stackName, List<Entry> resources, List<ParameterChange> parameters,
      List<Entry> outputs, List<PropertyChange> sections, Map<String, String> replacements,
      List<ChangeSetPreview.DataAtRisk> risks, ChangeSetOutcome changeSet) {
    this(stackName, resources, parameters, outputs, sections, replacements, risks, changeSet, List.of());
  }

  public StackDiff {
    nested = List.copyOf(nested);
    resolved = List.copyOf(resolved);
    resources = List.copyOf(resources);
    parameters = List.copyOf(parameters);
    outputs = List.copyOf(outputs);
    sections = List.copyOf(sections);
    replacements = Map.copyOf(replacements);
    risks = List.copyOf(risks);
  }

  /** Whether an update would change anything. */
  public boolean hasChanges() {
    return !resources.isEmpty() || !parameters.isEmpty() || !outputs.isEmpty() || !sections.isEmpty()
        || nested.stream().anyMatch(StackDiff::hasChanges);
  }

  /** The same diff, with the diffs of the stacks nested in it. */
  public StackDiff withNested(List<StackDiff> children) {
    return new StackDiff(stackName, resources, parameters, outputs, sections, replacements, risks, changeSet, resolved,
        children);
  }

  public enum Kind { ADDED, REMOVED, CHANGED }

  /**
   * A resource or output that differs.
   *
   * @param type the resource type (the local one when it changed); null for an output
   * @param changes for CHANGED, what changed inside it; empty otherwise
   */
  public record Entry(String logicalId, String type, Kind kind, List<PropertyChange> changes, Replacement replacement) {
    public Entry {
      changes = List.copyOf(changes);
    }

    /** An entry whose changes replace nothing, as far as the specification tells. */
    public Entry(String logicalId, String type, Kind kind, List<PropertyChange> changes) {
      this(logicalId, type, kind, changes, null);
    }
  }

  /**
   * A replacement the specification foretells, from the two templates alone, before any change set.
   *
   * @param flag {@code True} when a changed property always replaces the resource, {@code Conditional}
   *     when one may (depending on the values, as CloudFormation's change sets say it)
   * @param properties the changed properties that replace it, as paths below {@code Properties}
   */
  public record Replacement(String flag, List<String> properties) {
    public Replacement {
      properties = List.copyOf(properties);
    }
  }

  /**
   * One value that differs.
   *
   * @param path where, as {@code Properties.LaunchTemplateData.UserData.Fn::Base64} or {@code Tags[2].Value}
   * @param before the deployed value, or null when the local template adds it
   * @param after the local value, or null when the local template removes it
   * @param hidden the value is a NoEcho parameter's: both values are null, only the change is said
   */
  public record PropertyChange(String path, Node before, Node after, boolean hidden) {}

  /**
   * A parameter whose value an update would change.
   *
   * @param before the value the stack has now, or null for a parameter it does not have
   * @param after the value an update would send (or the default it would take), or null for one
   *     the local template no longer declares
   * @param hidden a NoEcho parameter: both values are null
   */
  public record ParameterChange(String name, String before, String after, boolean hidden) {}

  /** The change set made for the replacement flags, and removed again. */
  public enum ChangeSetOutcome {
    /** Nothing differs, so none was made. */
    NOT_NEEDED,
    /** Made, read and removed. */
    MADE,
    /** CloudFormation found nothing to change (the differences change no resource). */
    NO_CHANGES,
    /** The template is over the inline limit and not in the artifact bucket; a diff uploads nothing. */
    NEEDS_UPLOAD,
    /** A nested stack's template is not in the artifact bucket (or there is no bucket yet); a diff uploads nothing. */
    NEEDS_ASSETS
  }
}
