package io.tropo4j.deploy.diff;

import io.tropo4j.deploy.ChangeSetPreview;
import io.tropo4j.deploy.StackDiff;
import io.tropo4j.deploy.StackDiff.Entry;
import io.tropo4j.deploy.StackDiff.Kind;
import io.tropo4j.deploy.StackDiff.PropertyChange;
import io.tropo4j.read.Intrinsic;
import io.tropo4j.read.ListNode;
import io.tropo4j.read.MapNode;
import io.tropo4j.read.Node;
import io.tropo4j.read.Scalar;
import io.tropo4j.read.TemplateDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.cloudformation.model.Parameter;

/**
 * Two templates compared as CloudFormation would see them: resources and outputs entry by entry,
 * each change down to the deepest path where the two differ. Values are compared as CloudFormation
 * hands them on, so {@code 80} and {@code "80"} are the same; a list whose length changed is one
 * change, shown whole, since its items can no longer be paired by position.
 */
public final class TemplateComparison {
  /** The sections compared path by path; Resources and Outputs are compared entry by entry. */
  private static final List<String> SECTIONS = List.of("AWSTemplateFormatVersion", "Description", "Transform",
      "Metadata", "Parameters", "Rules", "Mappings", "Conditions", "Hooks");

  private TemplateComparison() {}

  /**
   * Everything an update would change, from the templates and values alone, with the data the
   * specification says it puts at risk; no change set is made for it.
   *
   * @param now the parameters the stack (or StackSet) has, as CloudFormation reports them
   * @param sent what an update would send
   */
  public static StackDiff diff(String name, TemplateDocument deployed, TemplateDocument local,
      List<Parameter> now, List<Parameter> sent) {
    List<Entry> resources = resources(deployed, local);
    List<ChangeSetPreview.DataAtRisk> risks = new ArrayList<>(removedData(deployed, local));
    risks.addAll(replacedData(resources, deployed));
    return new StackDiff(name, resources, ParameterComparison.compare(deployed, local, now, sent),
        outputs(deployed, local), sections(deployed, local), Map.of(), risks, StackDiff.ChangeSetOutcome.NOT_NEEDED);
  }

  public static List<Entry> resources(TemplateDocument deployed, TemplateDocument local) {
    return entries(deployed.mapSection("Resources"), local.mapSection("Resources"), true);
  }

  public static List<Entry> outputs(TemplateDocument deployed, TemplateDocument local) {
    return entries(deployed.mapSection("Outputs"), local.mapSection("Outputs"), false);
  }

  /**
   * The other sections' changes. A NoEcho parameter's Default is compared but never shown: its
   * change is a hidden one.
   */
  public static List<PropertyChange> sections(TemplateDocument deployed, TemplateDocument local) {
    Set<String> noEcho = new LinkedHashSet<>();
    deployed.parameters().values().stream().filter(TemplateDocument.Parameter::noEcho)
        .forEach(p -> noEcho.add(p.logicalId()));
    local.parameters().values().stream().filter(TemplateDocument.Parameter::noEcho)
        .forEach(p -> noEcho.add(p.logicalId()));
    List<PropertyChange> changes = new ArrayList<>();
    for (String section : SECTIONS) {
      Node before = deployed.section(section).orElse(null);
      Node after = local.section(section).orElse(null);
      if (section.equals("Parameters")) {
        before = withoutDefaults(before, noEcho);
        after = withoutDefaults(after, noEcho);
      }
      compare(section, before, after, changes);
    }
    for (String name : noEcho) {
      Node before = deployed.parameters().containsKey(name)
          ? deployed.parameters().get(name).defaultValue().orElse(null) : null;
      Node after = local.parameters().containsKey(name) ? local.parameters().get(name).defaultValue().orElse(null) : null;
      if (!same(before, after)) {
        changes.add(new PropertyChange("Parameters." + name + ".Default", null, null, true));
      }
    }
    return changes;
  }

  /**
   * The resources that hold data and whose changes replace them, as the specification foretells it
   * from the templates: the old one goes, and its data with it unless its UpdateReplacePolicy keeps it.
   */
  public static List<ChangeSetPreview.DataAtRisk> replacedData(List<Entry> resources, TemplateDocument deployed) {
    List<ChangeSetPreview.DataAtRisk> risks = new ArrayList<>();
    for (Entry entry : resources) {
      if (entry.replacement() != null && DataResources.holdsData(entry.type())) {
        TemplateDocument.Resource resource = deployed.resources().get(entry.logicalId());
        String policy = resource == null ? null : resource.updateReplacePolicy().filter(p -> p instanceof Scalar)
            .map(p -> ((Scalar) p).string()).filter(p -> !p.equals("Delete")).orElse(null);
        risks.add(new ChangeSetPreview.DataAtRisk(entry.logicalId(), entry.type(), entry.replacement().flag()
            .equals("True") ? ChangeSetPreview.Risk.REPLACED : ChangeSetPreview.Risk.MAYBE_REPLACED, policy));
      }
    }
    return risks;
  }

  /** The resources that hold data and that the local template no longer has: removing them deletes it. */
  public static List<ChangeSetPreview.DataAtRisk> removedData(TemplateDocument deployed, TemplateDocument local) {
    List<ChangeSetPreview.DataAtRisk> risks = new ArrayList<>();
    deployed.resources().forEach((id, resource) -> {
      if (!local.mapSection("Resources").has(id) && DataResources.holdsData(resource.type())) {
        String policy = resource.deletionPolicy().filter(p -> p instanceof Scalar).map(p -> ((Scalar) p).string())
            .filter(p -> !p.equals("Delete")).orElse(null);
        risks.add(new ChangeSetPreview.DataAtRisk(id, resource.type(), ChangeSetPreview.Risk.REMOVED, policy));
      }
    });
    return risks;
  }

  private static List<Entry> entries(MapNode deployed, MapNode local, boolean resources) {
    List<Entry> entries = new ArrayList<>();
    local.entries().forEach((id, after) -> {
      Node before = deployed.get(id);
      if (before == null) {
        entries.add(new Entry(id, resources ? type(after) : null, Kind.ADDED, List.of()));
      } else if (!same(before, after)) {
        List<PropertyChange> changes = new ArrayList<>();
        compare("", before, after, changes);
        entries.add(new Entry(id, resources ? type(after) : null, Kind.CHANGED, changes,
            resources && before instanceof MapNode && type(before) != null && type(before).equals(type(after))
                ? SpecifiedReplacements.of(type(after), changes) : null));
      }
    });
    deployed.entries().forEach((id, before) -> {
      if (!local.has(id)) {
        entries.add(new Entry(id, resources ? type(before) : null, Kind.REMOVED, List.of()));
      }
    });
    return entries;
  }

  private static String type(Node resource) {
    return resource instanceof MapNode map ? map.string("Type").orElse(null) : null;
  }

  /** Adds the changes between two values at {@code path}, as deep as the two can be paired. */
  public static void compare(String path, Node before, Node after, List<PropertyChange> changes) {
    if (same(before, after)) {
      return;
    }
    if (before instanceof MapNode old && after instanceof MapNode now) {
      Set<String> keys = new LinkedHashSet<>(old.keys());
      keys.addAll(now.keys());
      for (String key : keys) {
        compare(path.isEmpty() ? key : path + "." + key, old.get(key), now.get(key), changes);
      }
    } else if (before instanceof ListNode old && after instanceof ListNode now && old.size() == now.size()) {
      for (int i = 0; i < old.size(); i++) {
        compare(path + "[" + i + "]", old.get(i), now.get(i), changes);
      }
    } else if (before instanceof Intrinsic old && after instanceof Intrinsic now && old.name().equals(now.name())) {
      compare(path.isEmpty() ? old.name() : path + "." + old.name(), old.argument(), now.argument(), changes);
    } else {
      changes.add(new PropertyChange(path, before, after, false));
    }
  }

  /** Whether CloudFormation would see the two values as one: scalars by the string it passes on. */
  public static boolean same(Node a, Node b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a instanceof Scalar x && b instanceof Scalar y) {
      return (x.kind() == Scalar.Kind.NULL) == (y.kind() == Scalar.Kind.NULL) && x.string().equals(y.string());
    }
    if (a instanceof MapNode x && b instanceof MapNode y) {
      if (!x.keys().equals(y.keys())) {
        return false;
      }
      for (String key : x.keys()) {
        if (!same(x.get(key), y.get(key))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof ListNode x && b instanceof ListNode y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!same(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a instanceof Intrinsic x && b instanceof Intrinsic y && x.name().equals(y.name())
        && same(x.argument(), y.argument());
  }

  /** The Parameters section with the NoEcho parameters' defaults left out. */
  private static Node withoutDefaults(Node parameters, Set<String> noEcho) {
    if (!(parameters instanceof MapNode section)) {
      return parameters;
    }
    Map<String, Node> masked = new LinkedHashMap<>();
    section.entries().forEach((name, declaration) -> {
      if (noEcho.contains(name) && declaration instanceof MapNode map && map.has("Default")) {
        Map<String, Node> kept = new LinkedHashMap<>(map.entries());
        kept.remove("Default");
        masked.put(name, new MapNode(kept, map.position()));
      } else {
        masked.put(name, declaration);
      }
    });
    return new MapNode(masked, section.position());
  }
}
