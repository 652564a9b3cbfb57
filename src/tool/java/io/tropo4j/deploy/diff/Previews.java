package io.tropo4j.deploy.diff;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Template;
import io.tropo4j.core.UpdateReplacePolicy;
import io.tropo4j.deploy.ChangeSetPreview;
import io.tropo4j.deploy.ChangeSetPreview.DataAtRisk;
import io.tropo4j.deploy.ChangeSetPreview.PlannedChange;
import io.tropo4j.deploy.ChangeSetPreview.PropertyChange;
import io.tropo4j.deploy.ChangeSetPreview.Risk;
import io.tropo4j.read.Scalar;
import io.tropo4j.read.TemplateDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ResourceChange;
import software.amazon.awssdk.services.cloudformation.model.ResourceChangeDetail;
import software.amazon.awssdk.services.cloudformation.model.ResourceTargetDefinition;

/** Change set previews: from CloudFormation's change set, or read off two templates. Internal. */
public final class Previews {
  private Previews() {}

  /**
   * @param next the template the change set was made from, whose UpdateReplacePolicy applies
   * @param current the template the stack runs now, whose DeletionPolicy applies to what is removed
   */
  public static ChangeSetPreview of(String stackName, List<Change> changes, Template next,
      Optional<TemplateDocument> current) {
    return of(stackName, changes, next, current, null);
  }

  /** @param secrets the values not to show; null when the change set carries no values */
  public static ChangeSetPreview of(String stackName, List<Change> changes, Template next,
      Optional<TemplateDocument> current, SecretValues secrets) {
    List<PlannedChange> planned = new ArrayList<>();
    List<DataAtRisk> risks = new ArrayList<>();
    for (Change change : changes) {
      ResourceChange rc = change.resourceChange();
      if (rc == null) {
        continue;
      }
      String replacement = rc.replacementAsString() == null || rc.replacementAsString().isEmpty()
          ? null : rc.replacementAsString();
      planned.add(new PlannedChange(rc.actionAsString(), rc.logicalResourceId(), rc.resourceType(), replacement,
          secrets == null ? List.of() : properties(rc, secrets)));
      if (DataResources.holdsData(rc.resourceType())) {
        risk(rc, replacement, next, current).ifPresent(risks::add);
      }
    }
    return new ChangeSetPreview(stackName, planned, risks);
  }

  /** Whether any change carries a property's value before or after (IncludePropertyValues). */
  public static boolean hasValues(List<Change> changes) {
    for (Change change : changes) {
      if (change.resourceChange() != null) {
        for (ResourceChangeDetail detail : change.resourceChange().details()) {
          ResourceTargetDefinition target = detail.target();
          if (target != null && (target.beforeValue() != null || target.afterValue() != null)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Each property the change touches, once (its details repeat a property for each cause), with its values. */
  private static List<PropertyChange> properties(ResourceChange rc, SecretValues secrets) {
    Map<String, PropertyChange> byPath = new LinkedHashMap<>();
    for (ResourceChangeDetail detail : rc.details()) {
      ResourceTargetDefinition target = detail.target();
      if (target == null || target.beforeValue() == null && target.afterValue() == null) {
        continue;
      }
      String path = target.path() != null ? target.path()
          : "/" + target.attributeAsString() + (target.name() == null ? "" : "/" + target.name());
      String id = rc.logicalResourceId();
      byPath.putIfAbsent(path, new PropertyChange(path, secrets.shown(id, path, target.beforeValue()),
          secrets.shown(id, path, target.afterValue()), target.requiresRecreationAsString()));
    }
    return new ArrayList<>(byPath.values());
  }

  /** What creating the stack would do: add every resource of the template. */
  public static ChangeSetPreview ofCreate(String stackName, Template template) {
    List<PlannedChange> planned = new ArrayList<>();
    for (Resource<?> r : template.resources()) {
      planned.add(new PlannedChange("Add", r.logicalId(), r.type(), null));
    }
    return new ChangeSetPreview(stackName, planned, List.of());
  }

  /**
   * The changes read off two templates, without a change set: resources added, removed, and modified
   * (whether a modification replaces is CloudFormation's to say, so it is "Unknown"). Used when a
   * change set cannot be made without writing something first.
   */
  public static ChangeSetPreview compare(String stackName, TemplateDocument next, TemplateDocument current) {
    List<PlannedChange> planned = new ArrayList<>();
    next.resources().forEach((id, resource) -> {
      TemplateDocument.Resource now = current.resources().get(id);
      if (now == null) {
        planned.add(new PlannedChange("Add", id, resource.type(), null));
      } else if (!TemplateComparison.same(now.definition(), resource.definition())) {
        planned.add(new PlannedChange("Modify", id, resource.type(), "Unknown"));
      }
    });
    current.resources().forEach((id, resource) -> {
      if (!next.resources().containsKey(id)) {
        planned.add(new PlannedChange("Remove", id, resource.type(), null));
      }
    });
    return new ChangeSetPreview(stackName, planned, TemplateComparison.removedData(current, next));
  }

  private static Optional<DataAtRisk> risk(ResourceChange rc, String replacement, Template next,
      Optional<TemplateDocument> current) {
    String id = rc.logicalResourceId();
    if ("Remove".equals(rc.actionAsString())) {
      String policy = current.map(t -> t.resources().get(id)).flatMap(TemplateDocument.Resource::deletionPolicy)
          .filter(p -> p instanceof Scalar).map(p -> ((Scalar) p).string()).filter(p -> !p.equals("Delete"))
          .orElse(null);
      return Optional.of(new DataAtRisk(id, rc.resourceType(), Risk.REMOVED, policy));
    }
    if ("Modify".equals(rc.actionAsString()) && ("True".equals(replacement) || "Conditional".equals(replacement))) {
      String policy = null;
      for (Resource<?> r : next.resources()) {
        if (r.logicalId().equals(id) && r.updateReplacePolicy() != null
            && r.updateReplacePolicy() != UpdateReplacePolicy.DELETE) {
          policy = r.updateReplacePolicy().toString();
        }
      }
      return Optional.of(new DataAtRisk(id, rc.resourceType(),
          "True".equals(replacement) ? Risk.REPLACED : Risk.MAYBE_REPLACED, policy));
    }
    return Optional.empty();
  }
}
