package io.tropo4j.deploy;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Template;
import io.tropo4j.core.UpdateReplacePolicy;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ResourceChange;

/**
 * Shows a change set before it runs: action, logical ID, type and replacement of each change, and a
 * warning for every resource that holds data and would be replaced or deleted, saying whether its
 * data is kept.
 */
final class ChangePreview {
  private final Progress progress;

  ChangePreview(Progress progress) {
    this.progress = progress;
  }

  void show(String stackName, List<Change> changes, Template next, Optional<DeployedTemplate> current) {
    if (changes.isEmpty()) {
      progress.step("Change set for stack " + stackName + ": no resource changes listed");
      return;
    }
    progress.step("Change set for stack " + stackName + " (" + changes.size() + " changes):");
    for (Change change : changes) {
      ResourceChange rc = change.resourceChange();
      if (rc == null) {
        continue;
      }
      String replacement = rc.replacementAsString() == null || rc.replacementAsString().isEmpty()
          ? "" : "  replacement: " + rc.replacementAsString();
      progress.step(String.format("  %-7s %-36s %s%s", rc.actionAsString(), rc.logicalResourceId(),
          rc.resourceType(), replacement));
    }
    for (Change change : changes) {
      ResourceChange rc = change.resourceChange();
      if (rc != null && DataResources.holdsData(rc.resourceType())) {
        warning(rc, next, current).ifPresent(progress::warn);
      }
    }
  }

  private static Optional<String> warning(ResourceChange rc, Template next, Optional<DeployedTemplate> current) {
    String what = rc.logicalResourceId() + " (" + rc.resourceType() + ") holds data and ";
    if ("Remove".equals(rc.actionAsString())) {
      String policy = current.map(t -> t.resources().get(rc.logicalResourceId()))
          .map(DeployedTemplate.Resource::deletionPolicy).orElse(null);
      return Optional.of(what + "will be removed from the stack; " + (policy == null || policy.equals("Delete")
          ? "its data will be DELETED" : "DeletionPolicy " + policy + " keeps its data"));
    }
    String replacement = rc.replacementAsString();
    if ("Modify".equals(rc.actionAsString()) && ("True".equals(replacement) || "Conditional".equals(replacement))) {
      UpdateReplacePolicy policy = next.resources().stream()
          .filter(r -> r.logicalId().equals(rc.logicalResourceId())).findFirst()
          .map(Resource::updateReplacePolicy).orElse(null);
      return Optional.of(what + ("True".equals(replacement) ? "will be replaced" : "may be replaced") + "; "
          + (policy == null || policy == UpdateReplacePolicy.DELETE ? "the old one and its data will be DELETED"
              : "UpdateReplacePolicy " + policy + " keeps the old one"));
    }
    return Optional.empty();
  }
}
