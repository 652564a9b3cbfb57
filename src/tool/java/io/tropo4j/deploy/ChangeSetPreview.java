package io.tropo4j.deploy;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Template;
import io.tropo4j.core.UpdateReplacePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ResourceChange;

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

  /**
   * @param next the template the change set was made from, whose UpdateReplacePolicy applies
   * @param current the template the stack runs now, whose DeletionPolicy applies to what is removed
   */
  static ChangeSetPreview of(String stackName, List<Change> changes, Template next,
      Optional<DeployedTemplate> current) {
    List<PlannedChange> planned = new ArrayList<>();
    List<DataAtRisk> risks = new ArrayList<>();
    for (Change change : changes) {
      ResourceChange rc = change.resourceChange();
      if (rc == null) {
        continue;
      }
      String replacement = rc.replacementAsString() == null || rc.replacementAsString().isEmpty()
          ? null : rc.replacementAsString();
      planned.add(new PlannedChange(rc.actionAsString(), rc.logicalResourceId(), rc.resourceType(), replacement));
      if (DataResources.holdsData(rc.resourceType())) {
        risk(rc, replacement, next, current).ifPresent(risks::add);
      }
    }
    return new ChangeSetPreview(stackName, planned, risks);
  }

  /** What creating the stack would do: add every resource of the template. */
  static ChangeSetPreview ofCreate(String stackName, Template template) {
    return new ChangeSetPreview(stackName, template.resources().stream()
        .map(r -> new PlannedChange("Add", r.logicalId(), r.type(), null)).toList(), List.of());
  }

  /**
   * The changes read off two templates, without a change set: resources added, removed, and modified
   * (whether a modification replaces is CloudFormation's to say, so it is "Unknown"). Used when a
   * change set cannot be made without writing something first.
   */
  static ChangeSetPreview compare(String stackName, DeployedTemplate next, DeployedTemplate current) {
    List<PlannedChange> planned = new ArrayList<>();
    List<DataAtRisk> risks = new ArrayList<>();
    next.resources().forEach((id, resource) -> {
      DeployedTemplate.Resource now = current.resources().get(id);
      if (now == null) {
        planned.add(new PlannedChange("Add", id, resource.type(), null));
      } else if (!now.node().equals(resource.node())) {
        planned.add(new PlannedChange("Modify", id, resource.type(), "Unknown"));
      }
    });
    current.resources().forEach((id, resource) -> {
      if (!next.resources().containsKey(id)) {
        planned.add(new PlannedChange("Remove", id, resource.type(), null));
        if (DataResources.holdsData(resource.type())) {
          String policy = resource.deletionPolicy() == null || resource.deletionPolicy().equals("Delete") ? null
              : resource.deletionPolicy();
          risks.add(new DataAtRisk(id, resource.type(), Risk.REMOVED, policy));
        }
      }
    });
    return new ChangeSetPreview(stackName, planned, risks);
  }

  private static Optional<DataAtRisk> risk(ResourceChange rc, String replacement, Template next,
      Optional<DeployedTemplate> current) {
    String id = rc.logicalResourceId();
    if ("Remove".equals(rc.actionAsString())) {
      String policy = current.map(t -> t.resources().get(id)).map(DeployedTemplate.Resource::deletionPolicy)
          .filter(p -> !p.equals("Delete")).orElse(null);
      return Optional.of(new DataAtRisk(id, rc.resourceType(), Risk.REMOVED, policy));
    }
    if ("Modify".equals(rc.actionAsString()) && ("True".equals(replacement) || "Conditional".equals(replacement))) {
      String policy = next.resources().stream().filter(r -> r.logicalId().equals(id)).findFirst()
          .map(Resource::updateReplacePolicy).filter(p -> p != UpdateReplacePolicy.DELETE)
          .map(UpdateReplacePolicy::toString).orElse(null);
      return Optional.of(new DataAtRisk(id, rc.resourceType(),
          "True".equals(replacement) ? Risk.REPLACED : Risk.MAYBE_REPLACED, policy));
    }
    return Optional.empty();
  }
}
