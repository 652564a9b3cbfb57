package io.tropo4j.deploy.diff;

import io.tropo4j.deploy.StackDiff.PropertyChange;
import io.tropo4j.deploy.StackDiff.Replacement;
import io.tropo4j.resources.ReplacingProperties;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which changes replace a resource, from the two templates and the specification's create-only
 * properties ({@link ReplacingProperties}): known before CloudFormation is asked, and confirmed by a
 * change set when one is made.
 */
final class SpecifiedReplacements {
  private static final String PROPERTIES = "Properties.";

  private SpecifiedReplacements() {}

  /**
   * The replacement a resource's changes make, or null when none of them replaces it. A change to a
   * property that holds a create-only one (a whole list of block devices, say) may replace it: its
   * values decide.
   */
  static Replacement of(String type, List<PropertyChange> changes) {
    List<String> replacing = type == null ? List.of() : ReplacingProperties.of(type);
    if (replacing.isEmpty()) {
      return null;
    }
    boolean always = false;
    Set<String> properties = new LinkedHashSet<>();
    for (PropertyChange change : changes) {
      if (!change.path().startsWith(PROPERTIES)) {
        continue;
      }
      String path = change.path().substring(PROPERTIES.length()).replaceAll("\\[[0-9]+]", "");
      for (String entry : replacing) {
        boolean maybe = entry.startsWith("?");
        String property = maybe ? entry.substring(1) : entry;
        if (path.equals(property) || path.startsWith(property + ".")) {
          properties.add(property);
          always |= !maybe;
        } else if (property.startsWith(path + ".")) {
          properties.add(property);
        }
      }
    }
    return properties.isEmpty() ? null : new Replacement(always ? "True" : "Conditional", new ArrayList<>(properties));
  }
}
